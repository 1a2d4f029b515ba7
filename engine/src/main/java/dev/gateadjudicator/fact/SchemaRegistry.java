package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A Glue schema registry, its compatibility mode and whether its anchor schema is readable.
 *
 * @param id fact id
 * @param source where it was read
 * @param name the registry name
 * @param exists whether it was found
 * @param compatibility the compatibility mode, for example {@code BACKWARD} ({@code null} when absent)
 * @param anchorSchemaPresent whether the anchor schema is present and readable
 */
@JsonTypeName("schema_registry")
public record SchemaRegistry(
    String id, String source, String name, boolean exists, @JsonInclude(JsonInclude.Include.ALWAYS) String compatibility, boolean anchorSchemaPresent)
    implements Fact {
  /** Validates the fields. */
  public SchemaRegistry {
    Require.text(name, "name");
  }

  @Override
  public SchemaRegistry withId(String newId) {
    return new SchemaRegistry(newId, source, name, exists, compatibility, anchorSchemaPresent);
  }
}
