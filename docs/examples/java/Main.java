package com.mycompany.app;

import java.util.List;

import org.cdk8s.App;
import io.github.cdk8s_superedge.EdgeCluster;
import io.github.cdk8s_superedge.KinsMode;
import io.github.cdk8s_superedge.KinsUnit;
import io.github.cdk8s_superedge.NodeGroup;
import io.github.cdk8s_superedge.NodeUnit;

public class Main {
    public static void main(final String[] args) {
        App app = new App();
        EdgeCluster cluster = EdgeCluster.Builder.create(app, "edge").podCidr("10.33.0.0/16").serviceCidr("10.44.0.0/16").build();
        NodeUnit bj = NodeUnit.Builder.create(cluster, "beijing").nodes(List.of("bj-1", "bj-2")).build();
        NodeUnit gz = NodeUnit.Builder.create(cluster, "guangzhou").nodes(List.of("gz-1", "gz-2", "gz-3")).build();
        NodeGroup.Builder.create(cluster, "location").nodeUnits(List.of(bj, gz)).build();
        KinsUnit.Builder.create(cluster, "demo").nodes(List.of("k-1", "k-2", "k-3")).mode(KinsMode.THREE_MASTERS).build();
        app.synth(); // dist/edge.k8s.yaml
    }
}
