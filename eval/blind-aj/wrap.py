#!/usr/bin/env python3
"""Hard-wraps wire copy at ~70 columns: src_wire/NAME.txt -> articles/NAME.txt.
Paragraphs are separated by blank lines; each is wrapped separately."""
import sys, textwrap, pathlib
here = pathlib.Path(__file__).parent
for src in sorted((here / 'src_wire').glob('*.txt')):
    paras = src.read_text(encoding='utf-8').split('\n\n')
    out = []
    for p in paras:
        p = ' '.join(p.split('\n')).strip()
        out.append('\n'.join(textwrap.wrap(p, 70, break_long_words=False, break_on_hyphens=False)))
    (here / 'articles' / src.name).write_text('\n\n'.join(out) + '\n', encoding='utf-8')
    print('wrapped', src.name)
