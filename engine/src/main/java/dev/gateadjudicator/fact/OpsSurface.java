package dev.gateadjudicator.fact;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A budget, alarm or dashboard and whether it can be queried.
 *
 * @param id fact id
 * @param source where it was read
 * @param surface the surface type
 * @param name its name
 * @param queryable whether the describe call returned it
 */
@JsonTypeName("ops_surface")
public record OpsSurface(String id, String source, OpsSurfaceType surface, String name, boolean queryable)
    implements Fact {
  /** Validates the fields. */
  public OpsSurface {
    Require.present(surface, "surface");
    Require.text(name, "name");
  }

  @Override
  public OpsSurface withId(String newId) {
    return new OpsSurface(newId, source, surface, name, queryable);
  }
}
