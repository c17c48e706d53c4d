import { spawnSync } from 'node:child_process';

/** A keyword value: a literal as JSON (tuples become arrays), a call, or other code. */
export type PythonValue = unknown | { call: string } | { expression: string };

/** One call in a Python script, such as `layers.Dense(units=256)`. */
export interface PythonCall {
  /** Dotted name of the called function, such as `layers.Dense`, or null for calls like `f()(x)`. */
  function: string | null;
  /** Top-level function the call is in, or `<module>`. */
  scope: string;
  args: PythonValue[];
  keywords: Record<string, PythonValue>;
  /** The comment at the end of the call's last line, if any. */
  comment: string | null;
}

export interface PythonScriptInspection {
  /** Every call in source order. */
  calls: PythonCall[];
  /** Module-level `NAME = literal` assignments. */
  constants: Record<string, unknown>;
  /** Every comment, `#` included, in source order. */
  comments: string[];
  /** Names read somewhere but defined nowhere: neither assigned, imported nor built in. */
  undefinedNames: string[];
  /** Summary of each top-level statement, such as `FunctionDef build_generator (5 statements)`. */
  statements: string[];
  /** `ast.dump` of the whole module, which ignores comments and positions. */
  dump: string;
}

/** Parses a script from stdin with `ast`, `tokenize` and `symtable`, and prints the inspection as JSON. */
const INSPECT = String.raw`
import ast, builtins, io, json, symtable, sys, tokenize

source = sys.stdin.read()
tree = ast.parse(source)

comments = {}
for token in tokenize.generate_tokens(io.StringIO(source).readline):
    if token.type == tokenize.COMMENT:
        comments[token.start[0]] = token.string

def dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted(node.value)
        return None if base is None else base + "." + node.attr
    return None

def value(node):
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError):
        if isinstance(node, ast.Call):
            return {"call": dotted(node.func)}
        return {"expression": ast.unparse(node)}

calls = []
for statement in tree.body:
    scope = statement.name if isinstance(statement, (ast.FunctionDef, ast.ClassDef)) else "<module>"
    for node in ast.walk(statement):
        if isinstance(node, ast.Call):
            calls.append({
                "position": [node.lineno, node.col_offset],
                "function": dotted(node.func),
                "scope": scope,
                "args": [value(arg) for arg in node.args],
                "keywords": {k.arg: value(k.value) for k in node.keywords if k.arg is not None},
                "comment": comments.get(node.end_lineno),
            })
calls.sort(key=lambda call: call.pop("position"))

constants = {}
for statement in tree.body:
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
        target = statement.targets[0]
        if isinstance(target, ast.Name):
            try:
                constants[target.id] = ast.literal_eval(statement.value)
            except (ValueError, TypeError, SyntaxError):
                pass

module = symtable.symtable(source, "<script>", "exec")
defined = set(dir(builtins))
for symbol in module.get_symbols():
    if symbol.is_assigned() or symbol.is_imported():
        defined.add(symbol.get_name())
undefined = set()
def collect(table):
    for symbol in table.get_symbols():
        global_name = symbol.is_global() or table is module
        if symbol.is_referenced() and global_name and symbol.get_name() not in defined:
            undefined.add(symbol.get_name())
    for child in table.get_children():
        collect(child)
collect(module)

def summary(statement):
    name = getattr(statement, "name", "")
    body = getattr(statement, "body", None)
    size = "" if body is None else " (%d statements)" % len(body)
    return (type(statement).__name__ + " " + name).strip() + size

print(json.dumps({
    "calls": calls,
    "constants": constants,
    "comments": [comments[line] for line in sorted(comments)],
    "undefinedNames": sorted(undefined),
    "statements": [summary(statement) for statement in tree.body],
    "dump": ast.dump(tree),
}))
`;

/** Evaluates each string of a JSON array from stdin with `ast.literal_eval`, and prints the values as JSON. */
const EVALUATE_LITERALS = String.raw`
import ast, json, sys
print(json.dumps([ast.literal_eval(source) for source in json.load(sys.stdin)]))
`;

function runPython(program: string, input: string): string {
  const options = { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 } as const;
  const result = spawnSync('python3', ['-c', program], options);
  if (result.error) throw new Error(`python3 failed to start: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`python3 exited with ${result.status}:\n${result.stderr}`);
  return result.stdout;
}

/** Parses a Python script with Python's own parser and returns its calls, constants and comments. */
export function inspectPythonScript(source: string): PythonScriptInspection {
  return JSON.parse(runPython(INSPECT, source)) as PythonScriptInspection;
}

/** Evaluates Python literals with `ast.literal_eval` and returns their values as JSON gives them. */
export function evaluatePythonLiterals(literals: readonly string[]): unknown[] {
  return JSON.parse(runPython(EVALUATE_LITERALS, JSON.stringify(literals))) as unknown[];
}
