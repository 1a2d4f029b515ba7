#!/usr/bin/env bash
# The engine on the module path: its jar and every runtime dependency on `--module-path`, and a caller in the unnamed
# module that uses only what the engine exports to everyone. The caller reads a passing fixture, adjudicates it with
# the bundled default policy (compiled from DRL at run time, in Drools' class loader), writes the artifact set and
# renders every report; it must ADVANCE (exit 0). A second caller that imports the fact model, which the engine does
# not export to everyone, must not compile. When the policy bundle is built, its jar on the module path too must
# give the default policy's precompiled executable model.
# Usage: scripts/test-module-path.sh   (run from anywhere; builds the engine jar when it is missing)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
offline=()
if [[ "${CI:-}" != "true" ]]; then offline=(-o); fi
jar="$(ls engine/target/gate-adjudicator-engine-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -1 || true)"
if [[ -z "$jar" ]]; then
  mvn -B -q "${offline[@]}" -DskipTests -pl engine -am package
  jar="$(ls engine/target/gate-adjudicator-engine-*.jar | grep -v -e sources -e javadoc | head -1)"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mvn -B -q "${offline[@]}" -pl engine org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile="$work/deps.cp" >/dev/null
modules="$here/$jar:$(cat "$work/deps.cp")"
fixture="$here/fixtures/p6/m6e_p6a_stream_entry_20260225T120522Z.factset.json"

mkdir -p "$work/src" "$work/bad" "$work/classes"
cat > "$work/src/Embedder.java" <<'EOF'
import dev.gateadjudicator.FactSets;
import dev.gateadjudicator.GateEngine;
import dev.gateadjudicator.input.FactSet;
import dev.gateadjudicator.output.ArtifactWriter;
import dev.gateadjudicator.output.Manifest;
import dev.gateadjudicator.output.Reports;
import dev.gateadjudicator.result.Adjudication;
import java.nio.file.Path;

public class Embedder {
  public static void main(String[] args) throws Exception {
    if (!GateEngine.class.getModule().isNamed()) {
      throw new AssertionError("the engine is not on the module path");
    }
    FactSet facts = FactSets.read(Path.of(args[0]));
    Adjudication a = GateEngine.withDefaultPolicy().adjudicate(facts);
    Manifest m = ArtifactWriter.write(a, Path.of(args[1]));
    int reports = Reports.markdown(a).length() + Reports.html(a).length() + Reports.junit(a).length()
        + Reports.sarif(a, "facts.json").length;
    System.out.println(GateEngine.class.getModule().getName() + ": " + a.outcome() + " exit " + a.exitCode() + ", "
        + m.artifacts().size() + " artifacts, " + reports + " report characters");
    System.exit(a.exitCode());
  }
}
EOF
cat > "$work/src/Bundled.java" <<'EOF'
import dev.gateadjudicator.GateEngine;

public class Bundled {
  public static void main(String[] args) {
    var precompiled = GateEngine.withDefaultPolicy().warmUp("P6").policy().precompiledPhases();
    System.out.println("policy bundle on the module path: precompiled phases " + precompiled);
    System.exit(precompiled.contains("P6") ? 0 : 1);
  }
}
EOF
cat > "$work/bad/Reaches.java" <<'EOF'
import dev.gateadjudicator.fact.Fact;

public class Reaches {
  Fact fact;
}
EOF

javac --release 17 --module-path "$modules" --add-modules dev.gateadjudicator.engine -d "$work/classes" \
  "$work/src/Embedder.java" "$work/src/Bundled.java"
if javac --release 17 --module-path "$modules" --add-modules dev.gateadjudicator.engine -d "$work/classes" \
    "$work/bad/Reaches.java" 2>"$work/bad.log"; then
  echo "module path: a caller outside the project compiled against the fact model, which is not exported" >&2
  exit 1
fi
grep -q "does not export" "$work/bad.log" || { cat "$work/bad.log" >&2; exit 1; }

status=0
java --module-path "$modules" --add-modules dev.gateadjudicator.engine -cp "$work/classes" \
  -Dslf4j.internal.verbosity=WARN Embedder "$fixture" "$work/out" 2>"$work/run.log" || status=$?
if [[ $status -ne 0 ]]; then
  cat "$work/run.log" >&2
  echo "module path: expected ADVANCE (exit 0) for $(basename "$fixture"), got $status" >&2
  exit 1
fi
bundle="$(ls policy-bundle/target/gate-adjudicator-policy-bundle-*.jar 2>/dev/null | head -1 || true)"
if [[ -n "$bundle" ]]; then
  java --module-path "$here/$bundle:$modules" --add-modules ALL-MODULE-PATH -cp "$work/classes" Bundled \
    2>"$work/bundle.log" || { cat "$work/bundle.log" >&2; echo "module path: the policy bundle was not used" >&2; exit 1; }
fi
echo "module path: the fact model is not exported to callers outside the project; an unnamed-module caller adjudicated $(basename "$fixture")"
