package dev.gateadjudicator.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gateadjudicator.fact.DestroyRecoverRehearsal;
import dev.gateadjudicator.fact.ErrorType;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.Stack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code destroy_recover_rehearsal}: the receipt the rehearsal's CI step saves for each stack
 * {@code DESTROY_RECOVER_REHEARSAL_STACKS} lists, {@code RECEIPTS/<stack>/rehearsal.json} under
 * {@code --terraform-receipts} (format in docs/collectors.md). A missing receipt is {@code NOT_FOUND}; one that does
 * not parse, or names another stack, is {@code MALFORMED}.
 */
final class Rehearsals {
  /** The receipt's file name in a stack's receipts folder. */
  public static final String FILE = "rehearsal.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Rehearsals() {}

  /**
   * One probe per listed stack (or one failing probe when the list is not pinned or names no stack).
   *
   * @param ctx the context
   * @return the probes
   */
  public static List<Probe> probes(Context ctx) {
    List<Stack> stacks = new ArrayList<>();
    try {
      for (String s : ctx.list("DESTROY_RECOVER_REHEARSAL_STACKS")) {
        Stack stack = Stack.parse(s);
        if (stack == null) {
          throw new CollectionFailure(ErrorType.MALFORMED, "`DESTROY_RECOVER_REHEARSAL_STACKS` names `" + s
              + "`, which is no stack");
        }
        stacks.add(stack);
      }
    } catch (CollectionFailure f) {
      return List.of(new Probe("rehearsal-receipt", "destroy_recover_rehearsal", "DESTROY_RECOVER_REHEARSAL_STACKS",
          () -> {
            throw f;
          }));
    }
    return stacks.stream().map(s -> new Probe("rehearsal-receipt", "destroy_recover_rehearsal", s.wireName(),
        () -> List.<Fact>of(read(ctx, s)))).toList();
  }

  private static Fact read(Context ctx, Stack stack) {
    Path base = ctx.request().terraformReceipts();
    if (base == null) {
      throw new CollectionFailure(ErrorType.UNKNOWN, "no Terraform receipts folder was given (`--terraform-receipts`)");
    }
    Path f = base.resolve(stack.wireName()).resolve(FILE);
    if (!Files.isRegularFile(f)) {
      throw new CollectionFailure(ErrorType.NOT_FOUND, "no rehearsal receipt at `" + f + "`");
    }
    JsonNode n;
    try {
      n = JSON.readTree(f.toFile());
    } catch (IOException e) {
      throw new CollectionFailure(ErrorType.MALFORMED, "`" + f + "` is not JSON");
    }
    if (n == null || !n.isObject() || !stack.wireName().equals(n.path("stack").asText(null))) {
      throw new CollectionFailure(ErrorType.MALFORMED, "`" + f + "` does not name stack `" + stack.wireName() + "`");
    }
    int destroy = exit(n, "destroy_exit_code", f);
    int recover = exit(n, "recover_exit_code", f);
    int plan = exit(n, "post_recover_plan_detailed_exit_code", f);
    JsonNode integrity = n.get("state_integrity_ok");
    if (integrity == null || !integrity.isBoolean()) {
      throw new CollectionFailure(ErrorType.MALFORMED, "`" + f + "`: `state_integrity_ok` is not a boolean");
    }
    JsonNode res = n.get("residuals");
    if (res == null || !res.isArray()) {
      throw new CollectionFailure(ErrorType.MALFORMED, "`" + f + "`: `residuals` is not an array");
    }
    List<String> residuals = new ArrayList<>();
    for (JsonNode r : res) {
      if (!r.isTextual() || r.asText().isBlank()) {
        throw new CollectionFailure(ErrorType.MALFORMED, "`" + f + "`: `residuals` holds a non-string");
      }
      residuals.add(r.asText());
    }
    // A post-recovery plan that errs (1) proves no absence of drift, so only 0 counts as no drift.
    return new DestroyRecoverRehearsal(null, "disk:" + f, stack, destroy == 0, recover == 0, integrity.booleanValue(),
        plan != 0, residuals);
  }

  private static int exit(JsonNode n, String field, Path f) {
    JsonNode v = n.get(field);
    if (v == null || !v.isInt()) {
      throw new CollectionFailure(ErrorType.MALFORMED, "`" + f + "`: `" + field + "` is not an integer");
    }
    return v.intValue();
  }
}
