#!/usr/bin/env python3
"""Writes the hard-wrapped wire-copy articles (about 70 columns) into articles/.
Paragraph texts are paraphrased adaptations of the wire stories named in README.md."""
import textwrap, pathlib

OUT = pathlib.Path(__file__).parent / "articles"

def wire(name, header, paras, footer=""):
    lines = [header.strip(), ""]
    for p in paras:
        lines.extend(textwrap.wrap(p, width=70, break_long_words=False, break_on_hyphens=False))
        lines.append("")
    if footer:
        lines.append(footer)
    (OUT / name).write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")

wire("2025-07-03_reuters_ge-comac-engines.txt",
"""US lets GE restart jet engine shipments to China's COMAC, source says
By Karen Freifeld""",
[
"July 3 (Reuters) - The U.S. told GE Aerospace on Thursday that it can restart jet engine shipments to China's COMAC, according to a person familiar with the matter, a further sign of easing U.S.-Sino trade tensions that has included concessions from Beijing over rare earths.",
"This week the United States also lifted restrictions on exports to China for chip design software developers and for ethane producers, suggesting the trade talks between the two countries are moving forward.",
"License suspensions and new license requirements on the different exports had been issued several weeks ago as part of the trade war between the world's two biggest economies.",
"GE did not respond to an email request for comment, nor did the Commerce Department, which notified GE it could restart shipments.",
"The licenses cover Leap-1C engines for COMAC's C919 single-aisle aircraft and GE's CF34 engine for the C909 regional jet, according to the person, who declined to be identified because they were not authorized to speak publicly. The Leap-1C is made by a joint venture between GE Aerospace and France's Safran.",
"The restrictions were among the many countermeasures imposed by President Donald Trump's administration in response to China's April export restrictions on rare earths and related magnets.",
"Reuters could not immediately determine which other aerospace companies may have been affected by the Commerce Department's unwinding of restrictions.",
],
"(Reporting by Karen Freifeld in New York; Editing by Bill Berkrot)")

wire("2025-07-20_reuters_june-magnet-exports.txt",
"""China's exports of rare earth magnets to the US skyrocket in June""",
[
"BEIJING, July 20 (Reuters) - China's exports of rare earth magnets to the United States in June soared more than six times from May, a sharp recovery in the flow of critical minerals key to electric vehicles and wind turbines after a Sino-US trade deal.",
"Outbound shipments to the U.S. from the world's largest producer of rare earth magnets surged to 353 tonnes in June, up 660% from May, data from the General Administration of Customs showed on Sunday.",
"That followed pacts reached in June to resolve issues around shipments of rare earth minerals and magnets to the U.S., with chipmaker Nvidia planning to resume sales of its H20 AI chips to China as part of the talks.",
"China, which provides more than 90% of global supply of rare earth magnets, decided in early April to add several rare earth items to its export restriction list in retaliation for U.S. tariffs.",
"The sharp falls in shipments in April and May, caused by the lengthy time needed to secure export licences, rattled global suppliers and forced some automakers outside China to halt part of their production.",
"In total, China exported 3,188 tonnes of rare earth permanent magnets last month, up 157.5% from 1,238 tonnes in May, though the June volume was still 38.1% lower than in the same month of 2024.",
"Shipments are likely to recover further in July as more exporters obtained licences in June, analysts said.",
"During the first half of 2025, exports of rare earth magnets fell 18.9% on the year to 22,319 tonnes.",
])

wire("2025-08-20_reuters_july-magnet-exports.txt",
"""China's rare earth magnet exports hit six-month high in July
By Amy Lv and Lewis Jackson""",
[
"BEIJING, Aug 20 (Reuters) - China's exports of rare earth magnets recovered to a six-month high in July, showing that trade flows of the critical minerals key to electric vehicles have returned to levels seen before Beijing imposed export curbs.",
"Exports from the world's largest rare earth magnet supplier rose nearly 75% from June to 5,577 metric tons last month, the highest for a single month since January, data from the General Administration of Customs showed on Wednesday.",
"The July volume, in line with analysts' expectations, was also 5.7% higher than the 5,278 tons shipped in the same month last year.",
"The recovery came after Beijing agreed to a series of deals with the United States and Europe to increase shipments and ease the export control it imposed in April in retaliation for U.S. tariffs.",
"By country, Germany remained the No.1 destination with 1,116 tons, up 46% from the prior month.",
"Outbound shipments to the United States jumped 75.5% from June to 619 tons, 4.8% higher than in the same month of 2024.",
"In the first seven months of this year China's exports of rare earth magnets totaled 27,897 tons, with the annual fall narrowing to 15% from 18.9% in the first half.",
],
"(Reporting by Amy Lv and Lewis Jackson; Editing by Himani Sarkar and Sonali Paul)")

wire("2025-10-24_reuters_congo-cobalt-quotas.txt",
"""Congo's cobalt producers still waiting for export approvals, sources say
By Tom Daly, Dylan Duan and Ange Kasongo""",
[
"LONDON/SHANGHAI/KINSHASA, Oct 24 (Reuters) - Cobalt producers in the Democratic Republic of Congo are still waiting for government approval to resume exports under a quota system introduced on October 16 that was expected to restart shipments immediately, four industry sources said.",
"The system replaced a months-long export suspension that disrupted global supply chains and rattled electric vehicle manufacturers, particularly in top consumer China. Congo accounts for over 70% of global cobalt output and froze exports to curb supply and lift prices.",
"Under the new regime, companies must apply for monthly export quotas from the state regulator, the Strategic Mineral Substances Market Regulation and Control Authority (ARECOMS), and prepay royalties based on assigned volumes and prevailing cobalt prices before shipping.",
"To export, companies must validate their quotas and product quality, obtain traceability and compliance certificates, and allow ARECOMS oversight during sampling. For October and November, prepayments are combined to activate both months' quotas, the regulator said.",
"Quotas have been allocated and firms hope for approvals by the end of October, although delays are possible, the sources at mining and trading firms said.",
"Glencore, the world's second-largest cobalt producer, declined to comment. Top producer CMOC did not immediately respond to a request for comment.",
"The quota system works on a use-it-or-lose-it basis. ARECOMS has set export limits at 18,125 metric tons for the fourth quarter of 2025 and 77,400 tons for 2026.",
])
print("ok")
