package main

import (
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-superedge/cdk8s-superedge-go/cdk8ssuperedge"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

func main() {
	app := cdk8s.NewApp(nil)
	cluster := cdk8ssuperedge.NewEdgeCluster(app, jsii.String("edge"), &cdk8ssuperedge.EdgeClusterProps{
		PodCidr:     jsii.String("10.33.0.0/16"),
		ServiceCidr: jsii.String("10.44.0.0/16"),
	})
	bj := cdk8ssuperedge.NewNodeUnit(cluster, jsii.String("beijing"), &cdk8ssuperedge.NodeUnitProps{
		Nodes: jsii.Strings("bj-1", "bj-2"),
	})
	gz := cdk8ssuperedge.NewNodeUnit(cluster, jsii.String("guangzhou"), &cdk8ssuperedge.NodeUnitProps{
		Nodes: jsii.Strings("gz-1", "gz-2", "gz-3"),
	})
	cdk8ssuperedge.NewNodeGroup(cluster, jsii.String("location"), &cdk8ssuperedge.NodeGroupProps{
		NodeUnits: &[]cdk8ssuperedge.INodeUnit{bj, gz},
	})
	cdk8ssuperedge.NewKinsUnit(cluster, jsii.String("demo"), &cdk8ssuperedge.KinsUnitProps{
		Nodes: jsii.Strings("k-1", "k-2", "k-3"),
		Mode:  cdk8ssuperedge.KinsMode_THREE_MASTERS,
	})
	app.Synth() // dist/edge.k8s.yaml
}
