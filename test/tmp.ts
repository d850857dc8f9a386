import { Yaml } from 'cdk8s';
import { toYamlDocument } from '../src/render/yaml-writer';
for (const d of [[[{a:{e0:null}}]], {0:{0:{e0:'a'}}}, [[{e0:-0}]], [[{a:1, b:2}]], [[[1]]]]) console.log(JSON.stringify(toYamlDocument(d)), JSON.stringify(Yaml.stringify(d)));
