"""Apache Jena's SHACL command from Debian's libapache-jena-java (``apt-get install -y
libapache-jena-java default-jre-headless``), run as ``java -cp CLASSPATH shacl.shacl``.

Two Debian packaging problems are worked around here, without touching the system's files:

* ``/usr/share/java/*`` as the class path fails at start-up (two SLF4J bindings: log4j-over-slf4j
  and slf4j-log4j12 loop), so the class path lists Jena's jars and their dependencies only;
* jena-core.jar moved the bundled Xerces classes to the package ``xerces.*`` but left their
  ``.properties`` message files under ``org/apache/jena/ext/xerces/``, so the XSD datatypes fail
  to initialise ("internal error" in ``XSSimpleTypeDecl.applyFacets1``). The message files are
  copied to the new package path in a folder that is put on the class path.
"""
from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

JAVA_DIR = Path("/usr/share/java")
JARS = [f"jena-{n}.jar" for n in (
    "arq", "base", "cmds", "core", "dboe-base", "dboe-index", "dboe-storage", "dboe-trans-data",
    "dboe-transaction", "iri", "rdfconnection", "shacl", "shex", "tdb", "tdb2")] + [
    "commons-cli.jar", "commons-codec.jar", "commons-compress.jar", "commons-csv.jar",
    "commons-io.jar", "commons-lang3.jar", "dexx.collection.jar", "gson.jar", "guava.jar",
    "httpclient.jar", "httpcore.jar", "jackson-core.jar", "jackson-databind.jar",
    "jackson-annotations.jar", "jsonld-java.jar", "jakarta.json-api.jar", "protobuf.jar",
    "slf4j-api.jar", "slf4j-nop.jar", "thrift.jar", "titanium-json-ld.jar", "commons-logging.jar"]
_OLD = "org/apache/jena/ext/"

WHY_NOT = ""


def _resources(dest: Path) -> Path:
    """The Xerces message files at the package path the relocated classes look them up."""
    with zipfile.ZipFile(JAVA_DIR / "jena-core.jar") as jar:
        for name in jar.namelist():
            if name.startswith(_OLD + "xerces/") and name.endswith(".properties"):
                target = dest / name[len(_OLD):]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(name))
    return dest


def command(workdir: Path) -> list[str] | None:
    """``java -cp ... shacl.shacl`` when Jena works here, else None (reason in WHY_NOT)."""
    global WHY_NOT
    java = shutil.which("java")
    if not java:
        WHY_NOT = "no java (apt-get install -y default-jre-headless libapache-jena-java)"
        return None
    jars = [JAVA_DIR / j for j in JARS if (JAVA_DIR / j).exists()]
    if not (JAVA_DIR / "jena-shacl.jar").exists():
        WHY_NOT = "libapache-jena-java is not installed"
        return None
    res = _resources(Path(workdir) / "jena-xerces-messages")
    cmd = [java, "-cp", ":".join(map(str, jars + [res])), "shacl.shacl"]
    try:  # smoke test: Jena must start and validate a trivial graph
        shapes = Path(workdir) / "jena-smoke.ttl"
        shapes.write_text("")
        probe = subprocess.run(cmd + ["validate", "--shapes", str(shapes), "--data", str(shapes)],
                               capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as exc:
        WHY_NOT = f"Jena did not start: {exc}"
        return None
    if probe.returncode != 0 or "conforms" not in probe.stdout:
        WHY_NOT = "Jena did not start: " + (probe.stderr or probe.stdout)[-300:]
        return None
    return cmd
