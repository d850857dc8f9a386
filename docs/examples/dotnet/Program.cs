using Org.Cdk8s;
using Cdk8sSuperedge;

class Program
{
    static void Main()
    {
        var app = new App();
        var cluster = new EdgeCluster(app, "edge", new EdgeClusterProps { PodCidr = "10.33.0.0/16", ServiceCidr = "10.44.0.0/16" });
        var bj = new NodeUnit(cluster, "beijing", new NodeUnitProps { Nodes = new[] { "bj-1", "bj-2" } });
        var gz = new NodeUnit(cluster, "guangzhou", new NodeUnitProps { Nodes = new[] { "gz-1", "gz-2", "gz-3" } });
        new NodeGroup(cluster, "location", new NodeGroupProps { NodeUnits = new INodeUnit[] { bj, gz } });
        new KinsUnit(cluster, "demo", new KinsUnitProps { Nodes = new[] { "k-1", "k-2", "k-3" }, Mode = KinsMode.THREE_MASTERS });
        app.Synth(); // dist/edge.k8s.yaml
    }
}
