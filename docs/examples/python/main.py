from cdk8s import App
from cdk8s_superedge import EdgeCluster, KinsMode, KinsUnit, NodeGroup, NodeUnit

app = App()
cluster = EdgeCluster(app, "edge", pod_cidr="10.33.0.0/16", service_cidr="10.44.0.0/16")
bj = NodeUnit(cluster, "beijing", nodes=["bj-1", "bj-2"])
gz = NodeUnit(cluster, "guangzhou", nodes=["gz-1", "gz-2", "gz-3"])
NodeGroup(cluster, "location", node_units=[bj, gz])
KinsUnit(cluster, "demo", nodes=["k-1", "k-2", "k-3"], mode=KinsMode.THREE_MASTERS)
app.synth()  # dist/edge.k8s.yaml
