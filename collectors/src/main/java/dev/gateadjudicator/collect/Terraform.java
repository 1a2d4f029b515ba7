package dev.gateadjudicator.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gateadjudicator.fact.CommandReceipt;
import dev.gateadjudicator.fact.ErrorType;
import dev.gateadjudicator.fact.Fact;
import dev.gateadjudicator.fact.Stack;
import dev.gateadjudicator.fact.StackOutput;
import dev.gateadjudicator.fact.StackRoot;
import dev.gateadjudicator.fact.TerraformCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Terraform evidence on disk; terraform itself is never run.
 *
 * <ul>
 *   <li>{@code stack_root}: the directory each {@code TF_STACK_<STACK>_DIR} handle pins (relative to the working
 *       directory): whether it exists, whether a {@code *.tf} file in it declares {@code backend "s3"}, and how many
 *       {@code resource}/{@code module} blocks its {@code *.tf} files open.
 *   <li>{@code command_receipt}: every {@code RECEIPTS/<stack>/*.receipt.json} (format in docs/collectors.md).
 *   <li>{@code stack_output}: {@code RECEIPTS/<stack>/output.json}, a saved {@code terraform output -json}: each
 *       output's presence, never its value.
 * </ul>
 */
final class Terraform {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern BACKEND = Pattern.compile("(?m)^\\s*backend\\s+\"s3\"\\s*\\{");
  private static final Pattern BLOCK = Pattern.compile("(?m)^\\s*(resource|module)\\s+\"");

  private Terraform() {}

  /**
   * The stacks whose directory handles a lane names.
   *
   * @param laneHandles the lane's handles
   * @return the stacks, in apply order
   */
  public static List<Stack> stacks(List<String> laneHandles) {
    return Stream.of(Stack.values()).filter(s -> laneHandles.contains(s.dirHandle())).toList();
  }

  /**
   * One stack root probe per stack.
   *
   * @param ctx the context
   * @param stacks the stacks
   * @return the probes
   */
  public static List<Probe> roots(Context ctx, List<Stack> stacks) {
    return stacks.stream().map(s -> new Probe("terraform-stack-root", "stack_root", s.dirHandle(),
        () -> List.<Fact>of(root(ctx, s)))).toList();
  }

  private static Fact root(Context ctx, Stack stack) throws IOException {
    String dir = ctx.required(stack.dirHandle());
    Path p = Path.of(dir);
    if (!Files.isDirectory(p)) {
      return new StackRoot(null, "disk:" + dir, stack, dir, false, false, 0);
    }
    boolean backend = false;
    long blocks = 0;
    try (Stream<Path> files = Files.list(p)) {
      for (Path f : files.filter(x -> x.getFileName().toString().endsWith(".tf")).sorted().toList()) {
        String text = stripComments(Files.readString(f, StandardCharsets.UTF_8));
        backend |= BACKEND.matcher(text).find();
        blocks += BLOCK.matcher(text).results().count();
      }
    }
    return new StackRoot(null, "disk:" + dir, stack, dir, true, backend, blocks);
  }

  private static String stripComments(String text) {
    return text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*(#|//).*$", "");
  }

  /**
   * One receipts probe per stack.
   *
   * @param ctx the context
   * @param stacks the stacks
   * @return the probes
   */
  public static List<Probe> receipts(Context ctx, List<Stack> stacks) {
    return stacks.stream().map(s -> new Probe("terraform-receipts", "command_receipt", s.wireName(),
        () -> readReceipts(ctx, s))).toList();
  }

  private static List<Fact> readReceipts(Context ctx, Stack stack) throws IOException {
    Path dir = stackDir(ctx, stack);
    List<Fact> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(x -> x.getFileName().toString().endsWith(".receipt.json")).sorted().toList()) {
        JsonNode n = JSON.readTree(f.toFile());
        Stack named = Stack.parse(n.path("stack").asText(null));
        if (named != stack) {
          throw new CollectionFailure(ErrorType.MALFORMED, "`" + f + "` names stack `" + n.path("stack").asText()
              + "`, not `" + stack.wireName() + "`");
        }
        TerraformCommand command = JSON.convertValue(n.path("command"), TerraformCommand.class);
        if (command == null || !n.path("exit_code").isIntegralNumber()) {
          throw new CollectionFailure(ErrorType.MALFORMED, "`" + f + "` needs `command` and an integer `exit_code`");
        }
        out.add(new CommandReceipt(null, "disk:" + f, stack, command, n.path("post_apply").asBoolean(false),
            n.path("exit_code").asLong(), number(n, "detailed_exit_code"), number(n, "to_add"), number(n, "to_change"),
            number(n, "to_destroy")));
      }
    }
    if (out.isEmpty()) {
      throw new CollectionFailure(ErrorType.NOT_FOUND, "no `*.receipt.json` in `" + dir + "`");
    }
    return out;
  }

  private static Long number(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isIntegralNumber()) {
      throw new CollectionFailure(ErrorType.MALFORMED, "`" + field + "` must be an integer");
    }
    return v.asLong();
  }

  /**
   * One outputs probe per stack.
   *
   * @param ctx the context
   * @param stacks the stacks
   * @param laneHandles the lane's handles, to map output names to handles
   * @return the probes
   */
  public static List<Probe> outputs(Context ctx, List<Stack> stacks, List<String> laneHandles) {
    return stacks.stream().map(s -> new Probe("terraform-outputs", "stack_output", s.wireName(), () -> {
      Path f = stackDir(ctx, s).resolve("output.json");
      if (!Files.isRegularFile(f)) {
        throw new CollectionFailure(ErrorType.NOT_FOUND, "no saved `terraform output -json` at `" + f + "`");
      }
      JsonNode root = JSON.readTree(f.toFile());
      if (!root.isObject()) {
        throw new CollectionFailure(ErrorType.MALFORMED, "`" + f + "` is not a `terraform output -json` object");
      }
      List<Fact> out = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode value = e.getValue().get("value");
        boolean present = value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank())
            && !(value.isContainerNode() && value.isEmpty());
        String handle = e.getKey().toUpperCase(Locale.ROOT);
        // Only presence is kept: the value (which may be sensitive) is dropped here.
        out.add(new StackOutput(null, "disk:" + f, s, e.getKey(), laneHandles.contains(handle) ? handle : null, present));
      }
      return out;
    })).toList();
  }

  private static Path stackDir(Context ctx, Stack stack) {
    Path base = ctx.request().terraformReceipts();
    if (base == null) {
      throw new CollectionFailure(ErrorType.UNKNOWN, "no Terraform receipts folder was given (`--terraform-receipts`)");
    }
    Path dir = base.resolve(stack.wireName());
    if (!Files.isDirectory(dir)) {
      throw new CollectionFailure(ErrorType.NOT_FOUND, "no receipts folder `" + dir + "` for stack `" + stack.wireName() + "`");
    }
    return dir;
  }
}
