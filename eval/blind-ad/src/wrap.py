#!/usr/bin/env python3
"""Hard-wrap a wire-copy source (src/*.txt) to ~70 columns into articles/ (paragraphs separated by blank lines; lines starting with '|' kept)."""
import sys, textwrap
src, dst = sys.argv[1], sys.argv[2]
paras = open(src, encoding='utf-8').read().strip('\n').split('\n\n')
out = []
for p in paras:
    if p.startswith('|') or p.startswith('  '):
        out.append(p)
    else:
        out.append(textwrap.fill(' '.join(p.split('\n')), width=70, break_long_words=False, break_on_hyphens=False))
text = '\n\n'.join(out) + '\n'
# restore short header/footer lines that textwrap merged
FIXES = {'By ELAINE KURTENBACH AP Business Writer': 'By ELAINE KURTENBACH\nAP Business Writer',
         'About Nordmag Europe AS Nordmag Europe AS designs': 'About Nordmag Europe AS\nNordmag Europe AS designs',
         'Media contact: Press office, Nordmag Europe AS press@nordmag.example': 'Media contact:\nPress office, Nordmag Europe AS\npress@nordmag.example'}
for a, b in FIXES.items(): text = text.replace(a, b)
open(dst, 'w', encoding='utf-8').write(text)
