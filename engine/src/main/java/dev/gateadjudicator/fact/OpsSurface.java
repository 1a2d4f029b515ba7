package dev.gateadjudicator.fact;

/**
 * A budget, alarm or dashboard and whether it can be queried.
 *
 * @param id fact id
 * @param source where it was read
 * @param surface the surface type
 * @param name its name
 * @param queryable whether the describe call returned it
 */
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
