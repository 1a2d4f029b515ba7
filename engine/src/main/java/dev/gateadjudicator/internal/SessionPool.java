package dev.gateadjudicator.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.EntryPoint;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Idle rule sessions of one (policy, phase, lane) that already hold the facts the policy inserts before every
 * adjudication of the lane (the phase's blocker definitions and the lane's table rows), so a call inserts only the
 * fact set's facts.
 *
 * <p>A session goes back to the pool only in the state of a fresh session that holds just the per-policy facts, none
 * of its rules fired yet:
 * <ul>
 *   <li>every fact that is not per-policy (the fact set's and whatever the rules inserted) is deleted, which
 *       cancels every match that rested on one of them;</li>
 *   <li>a match that fired on per-policy facts alone (for example a required handle the fact set lacked: the table
 *       row, and no handle) would otherwise stay fired, so the next call would not fire it again: each of its
 *       per-policy facts is updated, which re-arms it exactly as a fresh session would hold it, waiting to fire; a
 *       match that fired on no fact at all cannot be re-armed, and then the lane stops pooling and every call of it
 *       builds a fresh session, as before;</li>
 *   <li>the session must then hold exactly its per-policy facts, none of them updated or deleted by a rule;
 *       otherwise it is disposed. A call that throws disposes its session.</li>
 * </ul>
 * A session serves one call at a time: it is taken from the queue and given back only when clean. Safe for any
 * number of threads.
 */
final class SessionPool {
  /** The most idle sessions kept per lane; more are disposed on return. */
  private static final int MAX_IDLE = Math.max(2, Runtime.getRuntime().availableProcessors());

  private final KieBase kieBase;
  private final List<Object> perPolicy;
  private final java.util.Map<String, dev.gateadjudicator.result.BlockerDefinition> taxonomy;
  private final ConcurrentLinkedQueue<Pooled> idle = new ConcurrentLinkedQueue<>();
  private final AtomicInteger idleCount = new AtomicInteger();
  private volatile boolean poolable = true;

  /**
   * A pool.
   *
   * @param kieBase the phase's rules
   * @param perPolicy the facts every adjudication of the lane inserts first, in insertion order
   * @param taxonomy the policy's blocker definitions by code
   */
  SessionPool(KieBase kieBase, List<Object> perPolicy,
      java.util.Map<String, dev.gateadjudicator.result.BlockerDefinition> taxonomy) {
    this.kieBase = kieBase;
    this.perPolicy = List.copyOf(perPolicy);
    this.taxonomy = java.util.Map.copyOf(taxonomy);
  }

  /** @return the policy's blocker definitions, copied once: the findings sink of every call reads them as they are */
  java.util.Map<String, dev.gateadjudicator.result.BlockerDefinition> taxonomy() {
    return taxonomy;
  }

  /** @return whether sessions of this lane may be reused (false once a rule fired on no fact at all) */
  boolean poolable() {
    return poolable;
  }

  /** @return the facts every call starts from */
  List<Object> perPolicy() {
    return perPolicy;
  }

  /**
   * An idle session, or a new one holding the per-policy facts; {@code null} when the lane is not poolable.
   *
   * @return the session, for one call
   */
  Pooled take() {
    Pooled p = idle.poll();
    if (p != null) {
      idleCount.decrementAndGet();
      return p;
    }
    if (!poolable) {
      return null;
    }
    Pooled fresh = new Pooled(kieBase.newKieSession());
    for (Object o : perPolicy) {
      fresh.staticHandles.add(fresh.session.insert(o));
    }
    fresh.watching = true;
    return fresh;
  }

  /**
   * Gives a session back after a call that completed: it is cleaned and pooled, or disposed when it cannot be
   * shown clean or the pool is full.
   *
   * @param p the session
   */
  void giveBack(Pooled p) {
    boolean clean;
    try {
      clean = p.clean();
    } catch (RuntimeException e) {
      clean = false;
    }
    if (p.unrearmable) {
      poolable = false;
    }
    if (clean && idleCount.incrementAndGet() <= MAX_IDLE) {
      idle.add(p);
      return;
    }
    if (clean) {
      idleCount.decrementAndGet();
    }
    p.session.dispose();
  }

  /**
   * Disposes a session whose call failed.
   *
   * @param p the session
   */
  static void discard(Pooled p) {
    p.session.dispose();
  }

  /** One session with its per-policy facts and the listeners a call reads. */
  static final class Pooled {
    /** The session. */
    final KieSession session;
    /** Its default entry point, where a call inserts its facts. */
    final EntryPoint defaultEntryPoint;
    /** Its entry points: the knowledge base's, fixed. */
    private final List<EntryPoint> entryPoints;
    private final Set<FactHandle> staticHandles = identitySet();
    /** Every fact inserted since the session was last cleaned and still held: the call's and the rules'. */
    private final Set<FactHandle> callHandles = identitySet();
    /** Per-policy facts of matches that fired on per-policy facts alone. */
    private final Set<FactHandle> rearm = identitySet();
    private List<String> fired = new ArrayList<>();
    private boolean watching;
    private boolean cleaning;
    private boolean tainted;
    private boolean unrearmable;

    private Pooled(KieSession session) {
      this.session = session;
      this.entryPoints = List.copyOf(session.getEntryPoints());
      this.defaultEntryPoint = session.getEntryPoint(Evaluator.DEFAULT_ENTRY_POINT);
      session.addEventListener(new DefaultAgendaEventListener() {
        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
          fired.add(event.getMatch().getRule().getName());
          fired(event.getMatch().getFactHandles());
        }
      });
      session.addEventListener(new RuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
          if (watching) {
            callHandles.add(event.getFactHandle());
          }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
          taintIfStatic(event.getFactHandle());
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
          FactHandle h = event.getFactHandle();
          if ((watching || cleaning) && !staticHandles.contains(h)) {
            callHandles.remove(h);   // a rule, or a deletion it rested on, removed a fact of the call
          }
          taintIfStatic(h);
        }
      });
    }

    private static Set<FactHandle> identitySet() {
      return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** Notes the per-policy facts of a match that no fact of the call took part in: cleaning will not cancel it. */
    private void fired(List<? extends FactHandle> matched) {
      for (FactHandle h : matched) {
        if (callHandles.contains(h)) {
          return;
        }
      }
      boolean any = false;
      for (FactHandle h : matched) {
        if (staticHandles.contains(h)) {
          rearm.add(h);
          any = true;
        }
      }
      unrearmable |= !any;
    }

    private void taintIfStatic(FactHandle h) {
      if (watching && staticHandles.contains(h)) {
        tainted = true;
      }
    }

    /**
     * The names of the rules fired since the last call of this method.
     *
     * @return the names, in firing order
     */
    List<String> takeFired() {
      List<String> out = fired;
      fired = new ArrayList<>();
      return out;
    }

    /** Deletes every fact that is not per-policy, re-arms what fired on per-policy facts alone, and checks. */
    private boolean clean() {
      int count = 0;
      boolean ok = !tainted && !unrearmable;
      watching = false;
      try {
        if (entryPoints.size() == 1) {
          // the one entry point: the facts the call and its rules inserted and still hold are exactly callHandles
          EntryPoint ep = entryPoints.get(0);
          FactHandle[] drop = callHandles.toArray(new FactHandle[0]);
          cleaning = true;
          for (FactHandle h : drop) {
            if (callHandles.contains(h)) {   // not gone already with a fact it rested on
              ep.delete(h);
            }
          }
        } else {
          for (EntryPoint ep : entryPoints) {
            List<FactHandle> drop = new ArrayList<>();
            for (FactHandle h : ep.getFactHandles()) {
              if (!staticHandles.contains(h)) {
                drop.add(h);
              }
            }
            for (FactHandle h : drop) {
              ep.delete(h);
            }
          }
        }
        for (FactHandle h : rearm) {
          session.update(h, session.getObject(h));
        }
      } finally {
        cleaning = false;
        watching = true;
      }
      rearm.clear();
      callHandles.clear();
      fired.clear();
      for (EntryPoint ep : entryPoints) {
        count += (int) ep.getFactCount();
      }
      return ok && count == staticHandles.size();
    }
  }
}
