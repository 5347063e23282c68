#!/usr/bin/python3
"""Score dateparser (and, optionally, Sitrep) on the time-expression table.

The table is tests/Sitrep.Core.Tests/Time/time-expressions.tsv:

    PUBLISHED <TAB> SENTENCE <TAB> EXPRESSION <TAB> START <TAB> END <TAB> PRECISION [<TAB> NOTE]

Lines starting with '#' are comments. Data lines are numbered from 1, counting data lines only
(comments and blank lines are not counted); that number is the "line" of a Sitrep answer.

dateparser
    Each EXPRESSION is parsed on its own with
        RELATIVE_BASE     = PUBLISHED at 12:00 (noon, so whole-day offsets never cross midnight)
        PREFER_DATES_FROM = 'future' when NOTE contains the word "future", otherwise 'past'
        DATE_ORDER        = 'DMY'
    plus languages=['en'], TIMEZONE='UTC' and RETURN_AS_TIMEZONE_AWARE=False. When dateparser.parse()
    returns nothing, dateparser.search.search_dates() is tried on the same expression and its first
    date is taken (turn this off with --no-search). dateparser returns one point in time, so a row is
    correct for dateparser when that date falls inside [START, END]. For rows whose expected interval
    is a single day the script also reports how often dateparser hits that day exactly (the same
    test, shown separately because it is the only place a point answer can be fully right).

Sitrep (--sitrep FILE)
    FILE holds JSON lines {"line": N, "start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}; a row is correct
    for Sitrep when both start and end equal the expected ones. Rows without an answer (missing N,
    or start/end null) count as wrong.

Install dateparser (Debian/Ubuntu):
    apt-get install python3-dateparser
The Debian package goes to /usr/lib/python3/dist-packages, which only the system interpreter
(/usr/bin/python3) searches; run the script with /usr/bin/python3. If another interpreter of the same
Python version runs it (e.g. a pyenv python3.11), the script adds that folder to sys.path itself.
`pip install dateparser` works too.

Usage (from the repository root):
    /usr/bin/python3 bench/time/compare_dateparser.py
    /usr/bin/python3 bench/time/compare_dateparser.py --sitrep sitrep-times.jsonl --misses
    python3 bench/time/compare_dateparser.py --no-dateparser --sitrep sitrep-times.jsonl
"""

import argparse
import collections
import datetime as dt
import json
import os
import re
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TSV = os.path.normpath(
    os.path.join(HERE, '..', '..', 'tests', 'Sitrep.Core.Tests', 'Time', 'time-expressions.tsv'))
PRECISIONS = ('day', 'week', 'month', 'year', 'range')
SECTION = re.compile(r'^#\s*-{2,}\s*(.+?)\s*-{2,}\s*$')
INSTALL_HINT = (
    'dateparser is not installed for this Python ({exe}).\n'
    'Install it with:   apt-get install python3-dateparser\n'
    'and run the script with /usr/bin/python3 (the Debian package lives in /usr/lib/python3/dist-packages);\n'
    'or use:            pip install dateparser\n'
    'To score only Sitrep, pass --no-dateparser.')


class Row:
    __slots__ = ('n', 'file_line', 'published', 'sentence', 'expression', 'start', 'end',
                 'precision', 'note', 'section')

    @property
    def future(self):
        return re.search(r'\bfuture\b', self.note, re.IGNORECASE) is not None


def fail(msg, code=2):
    print(msg, file=sys.stderr)
    sys.exit(code)


def read_table(path):
    rows = []
    section = None
    with open(path, encoding='utf-8') as f:
        for file_line, raw in enumerate(f, 1):
            line = raw.rstrip('\r\n')
            if not line.strip():
                continue
            if line.startswith('#'):
                m = SECTION.match(line)
                if m:
                    section = m.group(1)
                continue
            cols = line.split('\t')
            if len(cols) not in (6, 7):
                fail('%s:%d: expected 6 or 7 tab-separated columns, got %d' % (path, file_line, len(cols)))
            r = Row()
            r.n = len(rows) + 1
            r.file_line = file_line
            try:
                r.published = dt.date.fromisoformat(cols[0])
                r.start = dt.date.fromisoformat(cols[3])
                r.end = dt.date.fromisoformat(cols[4])
            except ValueError as e:
                fail('%s:%d: bad date: %s' % (path, file_line, e))
            r.sentence, r.expression, r.precision = cols[1], cols[2], cols[5]
            r.note = cols[6] if len(cols) == 7 else ''
            r.section = section
            if r.precision not in PRECISIONS:
                fail('%s:%d: unknown precision %r' % (path, file_line, r.precision))
            if r.start > r.end:
                fail('%s:%d: START is after END' % (path, file_line))
            if r.expression not in r.sentence:
                print('warning: %s:%d: expression not found verbatim in the sentence' % (path, file_line),
                      file=sys.stderr)
            rows.append(r)
    if not rows:
        fail('%s: no data lines' % path)
    return rows


def import_dateparser():
    """Return (dateparser, search_dates) or None."""
    warnings.filterwarnings('ignore')  # pytz deprecation noise from older dateparser releases
    try:
        import dateparser
        from dateparser.search import search_dates
        return dateparser, search_dates
    except ImportError:
        pass
    # The Debian package is installed for the system interpreter only; another interpreter of the same
    # minor version (pyenv, venv) can load it too.
    debian = '/usr/lib/python3/dist-packages'
    same_version = os.path.isdir('/usr/lib/python%d.%d' % sys.version_info[:2])
    if os.path.isdir(os.path.join(debian, 'dateparser')) and same_version and debian not in sys.path:
        sys.path.append(debian)
        try:
            import dateparser
            from dateparser.search import search_dates
            print('note: using dateparser from %s' % debian, file=sys.stderr)
            return dateparser, search_dates
        except ImportError:
            pass
    return None


def run_dateparser(rows, use_search):
    """Return {n: (date or None, how)} with how in {'parse', 'search', None}."""
    imported = import_dateparser()
    if imported is None:
        fail(INSTALL_HINT.format(exe=sys.executable))
    dateparser, search_dates = imported
    out = {}
    for r in rows:
        settings = {
            'RELATIVE_BASE': dt.datetime.combine(r.published, dt.time(12, 0)),
            'PREFER_DATES_FROM': 'future' if r.future else 'past',
            'DATE_ORDER': 'DMY',
            'TIMEZONE': 'UTC',
            'RETURN_AS_TIMEZONE_AWARE': False,
        }
        got, how = None, None
        try:
            d = dateparser.parse(r.expression, languages=['en'], settings=settings)
            if d is not None:
                got, how = d.date(), 'parse'
            elif use_search:
                found = search_dates(r.expression, languages=['en'], settings=settings)
                if found:
                    got, how = found[0][1].date(), 'search'
        except Exception as e:  # a crash on one expression is a miss, not a failed run
            print('warning: dateparser raised %s on line %d (%r)' % (type(e).__name__, r.n, r.expression),
                  file=sys.stderr)
        out[r.n] = (got, how)
    return out, getattr(dateparser, '__version__', '?')


def read_sitrep(path, rows):
    answers = {}
    with open(path, encoding='utf-8') as f:
        for i, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
                n = int(obj['line'])
                start = obj.get('start')
                end = obj.get('end')
                start = dt.date.fromisoformat(start) if start else None
                end = dt.date.fromisoformat(end) if end else None
            except (ValueError, KeyError, TypeError) as e:
                fail('%s:%d: expected {"line": N, "start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}: %s' % (path, i, e))
            if not 1 <= n <= len(rows):
                print('warning: %s:%d: line %d is outside 1..%d, ignored' % (path, i, n, len(rows)), file=sys.stderr)
                continue
            if n in answers:
                print('warning: %s:%d: second answer for line %d, the last one counts' % (path, i, n),
                      file=sys.stderr)
            answers[n] = (start, end)
    return answers


def pct(k, n):
    return '%4d/%-4d %5.1f%%' % (k, n, 100.0 * k / n) if n else '      -         '


def fmt(d):
    return d.isoformat() if d else '-'


def main():
    ap = argparse.ArgumentParser(description='Score dateparser and Sitrep on the time-expression table.')
    ap.add_argument('--tsv', default=DEFAULT_TSV, help='the table (default: %(default)s)')
    ap.add_argument('--sitrep', metavar='FILE', help='JSON lines {"line": N, "start": ..., "end": ...} from Sitrep')
    ap.add_argument('--no-search', action='store_true',
                    help='do not fall back to dateparser.search.search_dates when parse() finds nothing')
    ap.add_argument('--no-dateparser', action='store_true', help='score only Sitrep (needs --sitrep)')
    ap.add_argument('--misses', action='store_true', help='list every row that dateparser or Sitrep gets wrong')
    args = ap.parse_args()

    rows = read_table(args.tsv)
    if args.no_dateparser and not args.sitrep:
        fail('--no-dateparser needs --sitrep FILE')

    dp, version = ({}, None) if args.no_dateparser else run_dateparser(rows, not args.no_search)
    sitrep = read_sitrep(args.sitrep, rows) if args.sitrep else None

    def dp_ok(r):
        got = dp.get(r.n, (None, None))[0]
        return got is not None and r.start <= got <= r.end

    def st_ok(r):
        return sitrep.get(r.n) == (r.start, r.end)

    have_dp = not args.no_dateparser
    have_st = sitrep is not None

    print('table: %s' % args.tsv)
    print('rows:  %d' % len(rows))
    if have_dp:
        print('dateparser %s: point date inside [START, END], PREFER_DATES_FROM past (future when NOTE says so), '
              'DATE_ORDER DMY%s' % (version, '' if args.no_search else ', search_dates fallback'))
    if have_st:
        print('sitrep: %s (%d lines answered): START and END both exact' % (args.sitrep, len(sitrep)))
    print()

    def table(title, groups):
        head = '%-22s %5s' % (title, 'rows')
        if have_dp:
            head += '   %-17s' % 'dateparser'
        if have_st:
            head += '   %-17s' % 'sitrep'
        print(head)
        print('-' * len(head))
        for name, members in groups:
            line = '%-22s %5d' % (name, len(members))
            if have_dp:
                line += '   %s' % pct(sum(dp_ok(r) for r in members), len(members))
            if have_st:
                line += '   %s' % pct(sum(st_ok(r) for r in members), len(members))
            print(line)
        print()

    by_prec = [(p, [r for r in rows if r.precision == p]) for p in PRECISIONS]
    table('precision', [g for g in by_prec if g[1]] + [('all', rows)])

    sections = collections.OrderedDict()
    for r in rows:
        if r.section:
            sections.setdefault(r.section, []).append(r)
    if sections:
        table('section', list(sections.items()) + [('all', rows)])

    single = [r for r in rows if r.start == r.end]
    print('expected intervals that are single days: %d of %d' % (len(single), len(rows)))
    if have_dp:
        exact = sum(1 for r in single if dp[r.n][0] == r.start)
        print('  dateparser hits the day exactly:       %s' % pct(exact, len(single)))
        none = sum(1 for r in rows if dp[r.n][0] is None)
        via_search = sum(1 for r in rows if dp[r.n][1] == 'search')
        print('dateparser gave no date for %d rows; %d answers came from the search_dates fallback'
              % (none, via_search))
    if have_st:
        st_exact = sum(1 for r in single if st_ok(r))
        print('  sitrep hits the day exactly:           %s' % pct(st_exact, len(single)))
        print('sitrep gave no answer for %d rows' % sum(1 for r in rows if sitrep.get(r.n, (None, None)) == (None, None)))

    if args.misses:
        print()
        print('misses (n, published, expression, expected, dateparser, sitrep):')
        for r in rows:
            bad_dp = have_dp and not dp_ok(r)
            bad_st = have_st and not st_ok(r)
            if not (bad_dp or bad_st):
                continue
            parts = ['%4d' % r.n, r.published.isoformat(), '%-42s' % repr(r.expression),
                     '%s..%s' % (fmt(r.start), fmt(r.end))]
            if have_dp:
                got, how = dp[r.n]
                parts.append('dp=%s%s%s' % (fmt(got), '(search)' if how == 'search' else '', '' if bad_dp else ' ok'))
            if have_st:
                s, e = sitrep.get(r.n, (None, None))
                parts.append('sitrep=%s..%s%s' % (fmt(s), fmt(e), '' if bad_st else ' ok'))
            print('  '.join(parts))


if __name__ == '__main__':
    main()
