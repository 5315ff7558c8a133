"""Every third-party import is declared in pyproject.toml, and every declared dependency is imported.

- Runtime code (udt/, graphing/, model/, ontology/) may import only runtime dependencies, and every runtime
  dependency must be imported there, at module level or lazily inside a function.
- benchmarks/ and tests/ may also import the optional extras; every extra's package must be imported somewhere
  (command-line tools such as ruff and mypy are run, not imported: they are listed in ``TOOLS``).

Import names map to distributions through ``importlib.metadata.packages_distributions()``.
"""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUNTIME_DIRS = ("udt", "graphing", "model", "ontology")
EXTRA_DIRS = ("benchmarks", "tests")
FIRST_PARTY = {"udt", "graphing", "model", "ontology", "benchmarks", "tests"}
# Declared for their command line, never imported.
TOOLS = {"ruff": "linter (make lint)", "mypy": "type checker (make typecheck)"}
# Declared packages that code reaches through another package's module.
IMPORTED_AS = {"tensorboard": "torch.utils.tensorboard"}
# Import names of declared extras whose distribution has another name, for environments where the extra is not
# installed (packages_distributions() only knows installed packages): the scispacy-study extra lives in its own venv.
NOT_INSTALLED_IMPORT_NAMES = {"nmslib": "nmslib-metabrainz", "sklearn": "scikit-learn"}


def normalise(name: str) -> str:
    """PEP 503 name: lower case, runs of '-', '_', '.' as one '-'."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(spec: str) -> str:
    return normalise(re.split(r"[\s<>=!~;\[(]", spec.strip(), maxsplit=1)[0])


def declared(pyproject: Path) -> tuple[set[str], dict[str, set[str]]]:
    """Runtime dependency names and each optional extra's names."""
    import tomllib  # Python 3.11+, as model/config.py

    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    runtime = {requirement_name(s) for s in project.get("dependencies", [])}
    extras = {k: {requirement_name(s) for s in v} for k, v in project.get("optional-dependencies", {}).items()}
    return runtime, extras


def imports_in(files: list[Path]) -> dict[str, set[str]]:
    """Absolute module names imported anywhere in ``files`` (top level, in functions, under TYPE_CHECKING),
    mapped to the files that import them."""
    found: dict[str, set[str]] = {}
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Call) and _dynamic_import(node):
                names = [node.args[0].value]
            for name in names:
                found.setdefault(name, set()).add(f"{path.parent.name}/{path.name}")
    return found


def _dynamic_import(call: ast.Call) -> bool:
    """``importlib.import_module("x")``, ``pytest.importorskip("x")`` or ``__import__("x")`` with a literal name."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    literal = bool(call.args) and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
    return literal and name in {"import_module", "importorskip", "__import__"}


def python_files(root: Path, dirs: tuple[str, ...]) -> list[Path]:
    return sorted(p for d in dirs for p in (root / d).rglob("*.py") if ".venv" not in p.parts)


def third_party(modules: dict[str, set[str]], local: set[str]) -> dict[str, set[str]]:
    """Top-level third-party module names -> importing files (stdlib, first-party and local modules removed)."""
    out: dict[str, set[str]] = {}
    for name, files in modules.items():
        top = name.split(".")[0]
        if top in sys.stdlib_module_names or top in FIRST_PARTY or top in local or top == "__future__":
            continue
        out.setdefault(top, set()).update(files)
    return out


def distribution_of(module: str, mapping: dict[str, list[str]]) -> set[str]:
    found = {normalise(d) for d in mapping.get(module, [])}
    if not found and module in NOT_INSTALLED_IMPORT_NAMES:
        found = {NOT_INSTALLED_IMPORT_NAMES[module]}
    return found


def check(root: Path, mapping: dict[str, list[str]] | None = None) -> list[str]:
    """The violations in a source tree (empty when the declarations and the imports agree)."""
    mapping = mapping if mapping is not None else packages_distributions()
    runtime, extras = declared(root / "pyproject.toml")
    optional = set().union(*extras.values()) if extras else set()
    # Sibling modules that benchmarks and tests import by bare name (_timing, test_train_support, conftest).
    local = {p.stem for d in EXTRA_DIRS if (root / d).is_dir() for p in (root / d).iterdir()}
    runtime_imports = imports_in(python_files(root, RUNTIME_DIRS))
    extra_imports = imports_in(python_files(root, tuple(d for d in EXTRA_DIRS if (root / d).is_dir())))
    problems: list[str] = []

    used_runtime: set[str] = set()
    for module, files in sorted(third_party(runtime_imports, local).items()):
        dists = distribution_of(module, mapping) or {normalise(module)}
        used_runtime |= dists
        if not dists & runtime:
            where = "the optional extras only" if dists & optional else "nowhere"
            problems.append(f"runtime code imports {module} ({', '.join(sorted(files))}) declared in {where}")
    used_any = set(used_runtime)
    for module, files in sorted(third_party(extra_imports, local).items()):
        dists = distribution_of(module, mapping) or {normalise(module)}
        used_any |= dists
        if not dists & (runtime | optional):
            problems.append(f"{module} is imported by {', '.join(sorted(files))} but not declared")

    all_imports = set(runtime_imports) | set(extra_imports)
    for name, module in IMPORTED_AS.items():
        if module in all_imports or any(m.startswith(module + ".") for m in all_imports):
            used_any.add(name)
            if module in runtime_imports or any(m.startswith(module + ".") for m in runtime_imports):
                used_runtime.add(name)
    for dist in sorted(runtime - used_runtime):
        extra_use = " (only benchmarks/tests import it: move it to an extra)" if dist in used_any else ""
        problems.append(f"runtime dependency {dist} is never imported by udt/, graphing/, model/, ontology/{extra_use}")
    for dist in sorted(optional - used_any - set(TOOLS)):
        problems.append(f"optional dependency {dist} is never imported")
    return problems


def test_declared_dependencies_match_the_imports():
    assert check(ROOT) == []



# -- the checker itself must catch violations ------------------------------------------------------------------


def _tree(tmp_path: Path, deps: list[str], extras: dict[str, list[str]], files: dict[str, str]) -> Path:
    lines = ["[project]", 'name = "x"', f"dependencies = {deps!r}".replace("'", '"'), "[project.optional-dependencies]"]
    lines += [f"{k} = {v!r}".replace("'", '"') for k, v in extras.items()]
    (tmp_path / "pyproject.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for d in RUNTIME_DIRS + EXTRA_DIRS:
        (tmp_path / d).mkdir()
    for rel, text in files.items():
        (tmp_path / rel).write_text(text, encoding="utf-8")
    return tmp_path


MAPPING = {"yaml": ["PyYAML"], "numpy": ["numpy"], "PIL": ["pillow"], "requests": ["requests"], "pytest": ["pytest"]}


@pytest.mark.parametrize(
    ("deps", "extras", "files", "expected"),
    [
        # clean: a lazy import inside a function counts, PyYAML is imported as yaml, pytest by a test
        (["PyYAML>=6", "numpy"], {"dev": ["pytest>=8", "ruff"]},
         {"udt/a.py": "import numpy\ndef f():\n    import yaml\n", "tests/test_a.py": "import pytest\n"}, []),
        # imported, not declared (a lazy import)
        (["numpy"], {}, {"udt/a.py": "import numpy\ndef f():\n    from PIL import Image\n"}, ["PIL"]),
        # declared, never imported
        (["numpy", "requests"], {}, {"udt/a.py": "import numpy\n"}, ["requests is never imported"]),
        # runtime code importing a dev-only package
        (["numpy"], {"dev": ["pytest"]}, {"model/a.py": "import numpy, pytest\n"}, ["optional extras only"]),
        # a runtime dependency only a benchmark uses belongs in an extra
        (["numpy", "PyYAML"], {}, {"udt/a.py": "import numpy\n", "benchmarks/b.py": "import yaml\n"},
         ["move it to an extra"]),
        # pytest.importorskip("x") is an import too
        (["numpy"], {"dev": ["pillow"]}, {"udt/a.py": "import numpy\n",
                                          "tests/t.py": "import pytest\nPIL = pytest.importorskip('PIL')\n"},
         ["pytest is imported"]),
        # a benchmark importing something undeclared
        (["numpy"], {}, {"udt/a.py": "import numpy\n", "benchmarks/b.py": "import requests\n"}, ["requests is imp"]),
    ],
)
def test_checker_reports_each_kind_of_violation(tmp_path, deps, extras, files, expected):
    problems = check(_tree(tmp_path, deps, extras, files), MAPPING)
    if not expected:
        assert problems == []
    else:
        assert len(problems) == len(expected), problems
        for fragment, problem in zip(expected, problems, strict=True):
            assert fragment in problem
