"""Checks a Python example against the generated Python binding (code only).

    python3 scripts/check-python-example.py EXAMPLE.py BINDING_PACKAGE_DIR

PyPI is not reachable from CI, so the example cannot run (jsii, cdk8s and
cdk8s-plus-27 are not installed); instead every name it imports from
cdk8s_superedge must exist in the generated package, every keyword argument it
passes to one of those classes must be a parameter of its constructor, and every
attribute it reads from one of them (KinsMode.THREE_MASTERS) must be defined in the
class. Exits 1 listing what does not fit.
"""
import ast
import sys

MODULE = "cdk8s_superedge"


def binding_api(package_dir):
    """{class name: (constructor parameter names, attribute names)} of the binding."""
    with open(f"{package_dir}/__init__.py", encoding="utf-8") as f:
        tree = ast.parse(f.read())
    api = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        params, attributes = set(), set()
        for item in node.body:
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                attributes.add(item.name)
                if item.name == "__init__":
                    a = item.args
                    params = {x.arg for x in a.posonlyargs + a.args + a.kwonlyargs} - {"self"}
            elif isinstance(item, ast.Assign):
                attributes.update(t.id for t in item.targets if isinstance(t, ast.Name))
            elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                attributes.add(item.target.id)
        api[node.name] = (params, attributes)
    return api


def problems(example, package_dir):
    with open(example, encoding="utf-8") as f:
        tree = ast.parse(f.read(), example)
    api = binding_api(package_dir)
    out, imported = [], set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == MODULE:
            for alias in node.names:
                if alias.name not in api:
                    out.append(f"{example}:{node.lineno}: {MODULE} has no {alias.name}")
                imported.add(alias.asname or alias.name)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in imported and node.func.id in api:
            params = api[node.func.id][0]
            for kw in node.keywords:
                if kw.arg is not None and kw.arg not in params:
                    out.append(f"{example}:{node.lineno}: {node.func.id}() takes no keyword argument {kw.arg} (it takes {', '.join(sorted(params))})")
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in imported and node.value.id in api:
            if node.attr not in api[node.value.id][1]:
                out.append(f"{example}:{node.lineno}: {node.value.id} has no attribute {node.attr}")
    if not imported:
        out.append(f"{example}: imports nothing from {MODULE}")
    return out


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        sys.exit(2)
    found = problems(sys.argv[1], sys.argv[2])
    for p in found:
        print(p, file=sys.stderr)
    if found:
        sys.exit(1)
    print(f"{sys.argv[1]}: every name, keyword argument and attribute it uses from {MODULE} exists in {sys.argv[2]}")
