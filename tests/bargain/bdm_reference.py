#!/usr/bin/env python3
"""A second implementation of Lattice's BDM expected-utility model, for tests/bargain/bdm_test.cpp.

Written from the formulas of Bueno de Mesquita's model as Scholz, Calbert and Smith (2011,
"Unravelling Bueno de Mesquita's group decision model", J. Theoretical Politics 23(4)) specify it,
with the choices docs/bargaining.md documents as the defaults (not from src/bargain/bdm.cpp):
perfect information, q = 1, t = 1, security level = what the others expect from challenging i,
R_i normalised over all actors, each actor takes the offer that moves it least, positions scaled
to [0, 1] by the dimension's initial range, settled when no actor moves more than the tolerance.
Standard library only.

Usage: bdm_reference.py FILE [--dimension N] [--stable-rounds K] [--max-rounds N] [--tolerance T]

FILE is a simple CSV (Actor,Capability,Position,Salience) or a KTAB CSV. Output, one record a
line, fields separated by spaces, numbers written with repr() so that no digits are lost:

    dimension NAME
    round K median M mean W     (K counts from 1; M and W on the input scale)
    positions K x_1 ... x_n     (at the start of round K, input scale)
    risk K r_1 ... r_n          (risk exponents of round K)
    stop REASON ROUNDS          (positions-settled, median-stable or max-rounds)
    forecast F
"""

import argparse
import csv
import sys

# A contest margin this close to zero is a tie (nobody beats anybody).
TIE = 1e-12


class Actor:
    def __init__(self, name, capability, positions, saliences):
        self.name = name
        self.capability = capability
        self.positions = positions  # one per dimension, input scale
        self.saliences = saliences  # one per dimension, in [0, 1]


def read_scenario(path):
    """Returns (dimension names, actors) from a simple or a KTAB CSV file."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = [[cell.strip() for cell in row] for row in csv.reader(f)]
    rows = [row for row in rows if any(row)]
    if rows[0][0].lower() == "actor":
        # Simple format: one dimension, saliences already in [0, 1].
        header = [h.lower() for h in rows[0]]
        col = {name: header.index(name) for name in ("actor", "capability", "position", "salience")}
        actors = [
            Actor(r[col["actor"]], float(r[col["capability"]]), [float(r[col["position"]])],
                  [float(r[col["salience"]])])
            for r in rows[1:]
        ]
        return ["Position"], actors
    # KTAB: line 1 "name, description, actors, dimensions", line 2 the header, then the actors
    # (name, description, power, then a position and a salience on 0-100 per dimension).
    n_actors, n_dims = int(rows[0][2]), int(rows[0][3])
    header = rows[1]
    dims = [header[3 + 2 * d].removesuffix(" Position") for d in range(n_dims)]
    actors = []
    for r in rows[2 : 2 + n_actors]:
        positions = [float(r[3 + 2 * d]) for d in range(n_dims)]
        saliences = [float(r[4 + 2 * d]) / 100 for d in range(n_dims)]
        actors.append(Actor(r[0], float(r[2]), positions, saliences))
    return dims, actors


class Issue:
    """One dimension on the 0-1 scale: positions x, saliences s, vote weights w = c s."""

    def __init__(self, x, s, w):
        self.x, self.s, self.w = x, s, w

    def votes_for(self, a, b):
        """The votes each actor casts for position a over position b (negative: for b)."""
        return [wk * (abs(xk - b) - abs(xk - a)) for xk, wk in zip(self.x, self.w)]

    def chance(self, a, b):
        """Probability that a prevails over b: the share of all cast votes that go to a."""
        v = self.votes_for(a, b)
        cast = sum(abs(vk) for vk in v)
        if cast == 0:
            return 0.5
        return sum(vk for vk in v if vk > 0) / cast

    def median(self):
        """The Condorcet winner among the actors' positions (first in file order), else the
        lower weighted median."""
        for a in self.x:
            if all(sum(self.votes_for(a, b)) >= -TIE for b in self.x):
                return a
        pairs = sorted(zip(self.x, self.w))
        half = sum(self.w) / 2
        running = 0.0
        for xk, wk in pairs:
            running += wk
            if running >= half:
                return xk
        return pairs[-1][0]

    def mean(self):
        return sum(xk * wk for xk, wk in zip(self.x, self.w)) / sum(self.w)


def value(base, r):
    """Bueno de Mesquita's utility shape 2 - 4 base^r (base in [0, 1])."""
    return 2 - 4 * max(base, 0.0) ** r


def expected_gain(issue, i, j, r, mu, q=1.0, t=1.0):
    """E^i(U_ij): what i expects from challenging j, with i's risk exponent r.

    j resists with probability s_j (then i wins with probability P^i); if j does not resist, i
    gets its way. Against this stands the status quo (probability q) or a status quo that
    changes (better for i with probability t), measured through i's distance to the median mu.
    """
    d = abs(issue.x[i] - issue.x[j])
    m = abs(issue.x[i] - mu)
    p = issue.chance(issue.x[i], issue.x[j])
    win, lose = value(0.5 - 0.5 * d, r), value(0.5 + 0.5 * d, r)
    better, worse = value(0.5 - 0.25 * (m + d), r), value(0.5 + 0.25 * (m + d), r)
    status_quo = value(0.5, r)
    sj = issue.s[j]
    challenge = sj * (p * win + (1 - p) * lose) + (1 - sj) * win
    stay = q * status_quo + (1 - q) * (t * better + (1 - t) * worse)
    return challenge - stay


def risk_exponents(issue, mu):
    """r_i from the security levels: what the others expect from challenging i, risk-neutral."""
    n = len(issue.x)
    level = [sum(expected_gain(issue, j, i, 1.0, mu) for j in range(n) if j != i) for i in range(n)]
    top, bottom = max(level), min(level)
    out = []
    for li in level:
        big_r = (2 * li - top - bottom) / (top - bottom) if top - bottom > TIE else 0.0
        out.append((1 - big_r / 3) / (1 + big_r / 3))
    return out


def proposal(a, b, xi, xj):
    """Where i asks j to go, from a = E^i(U_ij) and b = E^j(U_ji); None: no offer."""
    if a > 0 and b > 0:
        return xi if a > b else None  # conflict i expects to win; otherwise j would win
    if a > 0 and b < 0:
        if a > -b:
            return xj + (xi - xj) * (-b / a)  # compromise: j concedes the share |b|/a
        return xi  # capitulation
    return None


def run(dim_name, actors, d, stable_rounds, max_rounds, tolerance, out):
    raw = [a.positions[d] for a in actors]
    lo, hi = min(raw), max(raw)
    span = hi - lo if hi > lo else 1.0
    issue = Issue([(x - lo) / span for x in raw], [a.saliences[d] for a in actors],
                  [a.capability * a.saliences[d] for a in actors])
    n = len(actors)
    back = lambda v: lo + v * span  # noqa: E731 (to the input scale)
    out.append(f"dimension {dim_name}")
    reason, played, quiet = "max-rounds", 0, 0
    for k in range(1, max_rounds + 1):
        played = k
        mu = issue.median()
        out.append(f"round {k} median {back(mu)!r} mean {back(issue.mean())!r}")
        out.append(f"positions {k} " + " ".join(repr(back(x)) for x in issue.x))
        r = risk_exponents(issue, mu)
        out.append(f"risk {k} " + " ".join(repr(v) for v in r))
        moved_to = list(issue.x)
        for j in range(n):
            best = None
            for i in range(n):
                if i == j or abs(issue.x[i] - issue.x[j]) < TIE:
                    continue  # actors at the same position do not bargain
                a = expected_gain(issue, i, j, r[i], mu)
                b = expected_gain(issue, j, i, r[j], mu)
                target = proposal(a, b, issue.x[i], issue.x[j])
                if target is None:
                    continue
                if best is None or abs(target - issue.x[j]) < abs(best - issue.x[j]):
                    best = target
            if best is not None:
                moved_to[j] = best
        largest_move = max(abs(after - before) for after, before in zip(moved_to, issue.x))
        issue.x = moved_to
        quiet = quiet + 1 if abs(issue.median() - mu) <= tolerance else 0
        if largest_move <= tolerance:
            reason = "positions-settled"
            break
        if stable_rounds > 0 and quiet >= stable_rounds:
            reason = "median-stable"
            break
    out.append(f"stop {reason} {played}")
    out.append(f"forecast {back(issue.median())!r}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file")
    ap.add_argument("--dimension", type=int, default=None, help="index; all when omitted")
    ap.add_argument("--stable-rounds", type=int, default=0)
    ap.add_argument("--max-rounds", type=int, default=100)
    ap.add_argument("--tolerance", type=float, default=1e-3)
    args = ap.parse_args()
    dims, actors = read_scenario(args.file)
    if not actors:
        sys.exit(f"{args.file}: no actors")
    chosen = range(len(dims)) if args.dimension is None else [args.dimension]
    out = []
    for d in chosen:
        run(dims[d], actors, d, args.stable_rounds, args.max_rounds, args.tolerance, out)
    print("\n".join(out))


if __name__ == "__main__":
    main()
