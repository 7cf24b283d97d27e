#!/usr/bin/env python3
"""Writes the 41 articles of blind-az into articles/ (md, html, txt)."""
import os, textwrap, json

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'articles')
os.makedirs(OUT, exist_ok=True)

A = []  # (fname, kind, meta, paragraphs, extra)

def add(fname, meta, paras, **extra):
    A.append((fname, meta, paras, extra))

# ---------------------------------------------------------------- real, adapted
add('01_econotimes_deal_finalized.html', dict(
    title='US and China Finalize Trade Deal Including Rare Earth Supply and Ethane Exports',
    outlet='EconoTimes', date='2025-06-27', author='EconoTimes Newsdesk',
    url='https://econotimes.com/US-and-China-Finalize-Trade-Deal-Including-Rare-Earth-Supply-and-Ethane-Exports-1714469'), [
    'Washington and Beijing have completed a trade arrangement that was first reached in Geneva last month, U.S. Commerce Secretary Howard Lutnick said. In an interview with Bloomberg Television, Lutnick said, "That deal was signed and sealed two days ago," but he gave no further detail about what the document contains.',
    'President Donald Trump also referred to the agreement at a White House event, saying, "We just signed with China yesterday," without offering any clarification.',
    'A central provision has China supplying rare earth materials to the United States, inputs that are essential for advanced electronics and defense technologies. In exchange, the U.S. will lift existing restrictions on ethane exports to China, opening a new channel for energy trade.',
    'Trump had first signalled progress on June 11 via Truth Social, writing, "Our deal with China is done, subject to final approval with President Xi and me. Full magnets and any necessary rare earths will be supplied, up front, by China. Likewise, we will provide to China what was agreed to... We are getting a total of 55% tariffs, China is getting 10%."',
    'Lutnick added that the U.S. is close to a separate trade agreement with India. The China arrangement is expected to matter for global supply chains as demand for rare earth elements and energy resources keeps growing.',
], site='EconoTimes', related=['Dollar Weakens Ahead of Expected Federal Reserve Rate Cut', 'Hong Kong Faces Low Turnout in "Patriots-Only" Election', 'Oil Prices Slip as Inventories Build'])

add('02_epochtimes_mofcom_wire.txt', dict(
    title='China to Approve Controlled Exports to US Following Talks: Commerce Ministry',
    outlet='The Epoch Times', date='2025-06-27',
    url='https://newsknocking.com/china-to-approve-controlled-exports-to-us-following-talks-commerce-ministry'), [
    'BEIJING/WASHINGTON, June 27, 2025 (The Epoch Times) -- China\'s Ministry of Commerce said on Friday that Beijing and Washington had confirmed the details of the framework reached in London, and set out what each side would do next.',
    '"China will, in accordance with the law, review and approve export applications for controlled items that meet relevant criteria," the spokesperson said without specifying the criteria.',
    'The United States will "lift a series of restrictive measures imposed on China," the spokesperson added.',
    'The ministry said it was answering a reporter\'s question about speeding up rare earth exports to the United States, but its reply did not explicitly mention rare earths. The White House didn\'t immediately respond to a request for comment.',
    'The ministry\'s statement came a day after U.S. President Donald Trump announced that the trade agreement with China was signed on June 25.',
    '"We just signed with China yesterday, just signed with China," Trump said during a White House event on Thursday. "We\'re starting to open up China ... things that never really could have happened."',
    'A White House official told The Epoch Times later in the day that the two sides had reached "an additional understanding for a framework to implement the Geneva agreement." The official declined to provide further details.',
    'Earlier the president had written in an all-caps post on Truth Social: "Full magnets, and any necessary rare earths, will be supplied, up front, by China."',
    'Beijing imposed export curbs on seven medium-to-heavy rare earth metals on April 4, after Washington raised tariffs on Chinese goods earlier this year. Under the rules, Chinese traders must report their overseas clients\' intended uses and other information to apply for special export licenses.',
])

add('03_yliwu_white_house_official.md', dict(
    title='US and China reach understanding to speed rare earth shipments', outlet='YLIWU News', date='June 27, 2025',
    url='http://www.yliwu.com/article/52741.html'), [
    'YLIWU News | June 27, 2025',
    'A White House official said this week that the United States and China had reached an understanding on how to restart and accelerate exports of rare earths to the U.S., building on trade talks held in Geneva in May. In Geneva, China committed to lifting non-tariff restrictions imposed on the U.S. since April 2, restrictions that had disrupted supplies of critical minerals and magnets to manufacturers worldwide.',
    'U.S. President Donald Trump, speaking at a White House event in Washington, D.C., on Wednesday, June 25, 2025, confirmed the agreement\'s signing. U.S. Commerce Secretary Howard Lutnick, quoted by Bloomberg, stated: "They\'re going to deliver rare earths to us," adding that once deliveries resume, the U.S. would remove its countermeasures.',
    'The agreement deals with China\'s export controls, which had slowed licensing for rare earth shipments. According to an industry source, China has been carefully vetting buyers to ensure materials are not used for U.S. military purposes. Earlier in June, China granted temporary export licenses to suppliers for the top three U.S. automakers.',
    'The U.S. had previously imposed export controls on items like semiconductor design software and aircraft in response to China\'s restrictions on critical minerals. The agreement also touches on education: China agreed to supply rare earths and magnets while the U.S. facilitates access for Chinese students to its universities.',
    'China\'s embassy in Washington has not yet commented on the agreement.',
], frontmatter=False)

add('04_groundnews_bessent_summary.html', dict(
    title='Deal with China Will Speed Export of Rare Earth Minerals to the U.S., Treasury Secretary Says',
    outlet='Ground News', date='', author='Ground News summary',
    url='https://ground.news/article/deal-with-beijing-will-speed-chinas-export-of-minerals-to-the-us-treasury-secretary-says'), [
    'On June 27, 2025, the United States and China reached a trade agreement designed to improve American companies\' ability to acquire key rare earth elements and magnetic materials supplied by China.',
    'The deal followed China\'s retaliation against steep U.S. tariffs and included scaling back punitive tariff hikes that had disrupted critical supply chains.',
    'U.S. Treasury Secretary Scott Bessent stated that the agreement includes lowering tariffs and resuming the supply of rare earth magnets to the United States.',
    'Bessent expressed assurance that the magnets would go to U.S. companies that had previously received them regularly, in line with the established agreement.',
    'Coverage: 32 Articles. Headline from the wire: China signs trade deal with US over minerals. BANGKOK: Washington and Beijing signed a trade agreement that will make it easier for American firms to obtain magnets and rare earth minerals from China that are critical to manufacturing and microchip production, Treasury Secretary Scott Bessent said.',
], site='Ground News', related=['The US is looking towards Greenland and Ukraine', 'Jenny Johnson: "It\'s a huge risk to the US if China controls the key minerals"'])

add('05_rt_lutnick_bloomberg.txt', dict(
    title='US and China finalize deal to resume rare-earth shipments', outlet='RT', date='2025-06-27',
    url='https://news-pravda.com/world/2025/06/27/1473258.html'), [
    'The US and China have finalized a trade understanding first brokered last month in Geneva, US Commerce Secretary Howard Lutnick has announced. Lutnick told Bloomberg on Friday that the deal includes a commitment by China to resume supplying rare-earth minerals critical to numerous industries.',
    'Tensions between the two economies escalated in April when US President Donald Trump imposed sweeping tariffs on over 90 countries, including China. Beijing retaliated, and tariff hikes spiralled until they reached 145% by the US and 125% by China. After the Geneva talks the two sides agreed to pause most new tariffs, but each later accused the other of violating the terms.',
    '"They\'re going to deliver rare earths to us" and once they do that, "we\'ll take down our countermeasures," Lutnick told Bloomberg, adding that the trade deal was signed two days ago and that it cemented commitments made during earlier talks.',
    'The Geneva deal had reportedly faltered over China\'s curbs on critical mineral exports, prompting Washington to answer with export controls of its own that blocked shipments of semiconductor design software, aircraft and other goods to China.',
    'China\'s suspension of exports of a broad range of critical minerals and magnets had disrupted supply chains vital to automakers, aerospace firms, semiconductor makers and military contractors.',
])

add('06_truthorfake_rated_misleading.md', dict(
    title='Fact Check: "On June 11, 2025, U.S. and Chinese negotiators reached an agreement to resume regular exports of rare earths from China to the U.S."',
    outlet='TruthOrFake', date='2025-06',
    url='https://truthorfake.com/blog/on-june-11-2025-us-and-chinese-negotiators-reached-an-agreement-to-resume-18631'), [
    '**Verdict: Misleading**',
    '## What we know',
    'On June 11, 2025, U.S. President Donald Trump announced that an agreement had been reached with China on trade, including the supply of rare earths and magnets from China to the U.S. Trump stated that "full magnets, and any necessary rare earths, will be supplied, up front, by China". The details were vague: there was a handshake agreement to ease some trade tensions, but the specifics regarding the resumption of regular exports of rare earths were not clearly defined.',
    'The negotiations were described as a return to a status quo rather than a significant breakthrough, with tariffs remaining in place and no clear commitment from China to ensure regular exports of rare earths. Reports indicated that the issue of military-use rare earths remained unresolved.',
    '## Analysis',
    'The claim that U.S. and Chinese negotiators reached an agreement to resume regular exports of rare earths is misleading. The president proclaimed a deal, but the negotiations did not produce a clear and actionable plan for regular exports. The agreement reads more like a truce to de-escalate tensions than a definitive resolution.',
])

add('07_truthorfake_partially_substantiated.md', dict(
    title='Fact Check: "On June 11, 2025, U.S. and Chinese negotiators reached an agreement for China to resume regular exports of rare earths to the United States."',
    outlet='TruthOrFake', date='2025-06',
    url='https://truthorfake.com/blog/on-june-11-2025-us-and-chinese-negotiators-reached-an-agreement-for-china-17440'), [
    '**Verdict: Partially True**',
    '## What we know',
    'On June 11, 2025, President Trump announced an agreement with China on the supply of rare earth minerals, after two days of negotiations in London. According to AP News and Reuters, China has approved "a certain number" of export permits for rare earth elements, which are essential for electric vehicles and military equipment.',
    'Trump stated that "full magnets, and any necessary rare earths, will be supplied, up front, by China," according to the New York Times. Details remain vague and experts, quoted by NPR, are skeptical about how reliable the arrangement will be over time.',
    '## Analysis',
    'The claim is partially substantiated by the available sources. The announcement and China\'s approval of some export permits point to a temporary resolution, but the specifics and the sustainability of the agreement are unclear.',
    'Gabriel Wildau from Teneo noted that "supply cutoffs will remain an ever-present threat," suggesting the agreement does not remove the risk of future restrictions. Other experts said the deal merely returns the U.S. to a previous status quo.',
])

add('08_actionamerica_factcheck_truth_post.html', dict(
    title='Fact-Check: Trump\'s "Our deal with China is done" post', outlet='Action America Today', date='2025-06',
    author='Action America Today fact-check team',
    url='https://actionamericatoday.com/our-deal-with-china-is-done-subject-to-final-approval-with-president-xi-and-me-full-magnets-and-any-necessary-rare-earths-will-be-supplied-up-front-by-china-likewise-we-will-provide-to-china-w'), [
    'The post: "OUR DEAL WITH CHINA IS DONE, SUBJECT TO FINAL APPROVAL WITH PRESIDENT XI AND ME. FULL MAGNETS, AND ANY NECESSARY RARE EARTHS, WILL BE SUPPLIED, UP FRONT, BY CHINA. LIKEWISE, WE WILL PROVIDE TO CHINA WHAT WAS AGREED TO, INCLUDING CHINESE STUDENTS USING OUR COLLEGES AND UNIVERSITIES (WHICH HAS ALWAYS BEEN GOOD WITH ME!). WE ARE GETTING A TOTAL OF 55% TARIFFS, CHINA IS GETTING 10%. RELATIONSHIP IS EXCELLENT! THANK YOU FOR YOUR ATTENTION TO THIS MATTER!"',
    'Fact-check summary: the post claims a finalized U.S.-China agreement covering magnets and rare earths, educational exchanges and a lopsided tariff split (U.S. at 55%, China at 10%). No credible public sources verify the existence of such a deal as described, and the stated tariff figures do not match current or previously reported U.S.-China tariff arrangements.',
    'Opinion: the post frames an unfinished negotiation as a completed triumph and puts optics ahead of substance.',
    'TLDR: No real proof of a signed U.S.-China deal with these details; the tariff claims and promises are not backed up by facts. Sounds like hype, not reality.',
], site='Action America Today', related=['Fact-Check: "WE HAVE A MASSIVE TRADE DEFICIT WITH INDIA!!!"', 'Fact-Check: 2Q GDP post'])

add('09_dbunk_xi_call_factcheck.md', dict(
    title='Fact Check Analysis: Trump says Xi agreed to restart flow of crucial minerals, but analysts say China won\'t give up its \'rare earth card\'',
    outlet='DBUNK', date='2025-06',
    url='https://dbunk.com/fact-check-analysis-trump-says-xi-agreed-to-restart-flow-of-crucial-minerals-but-analysts-say-china-wont-give-up-its-rare-earth-card-2/'), [
    'Readers asked us about a CNN report on President Donald Trump\'s claim that Chinese President Xi Jinping had agreed, during their phone call, to restart the flow of rare earth materials that American industry depends on. China\'s official statement on the call made no reference to rare earths. If such an important agreement was reached, why did China not mention it?',
    '## Historical context',
    'Rare earth elements have long been central to US-China trade tensions. China controls over 80% of global rare earth processing and has used that leverage before, most notably when it restricted exports to Japan during a geopolitical dispute in the 2010s.',
    '## Claim: "Trump said Xi agreed to restart the flow of rare earth materials."',
    'This claim rests solely on Trump\'s own assertion to reporters aboard Air Force One: "Yes, he did," he said when asked whether Xi had agreed to resume rare earth shipments. No agreement, timeline or commitment has been documented publicly, and the Chinese readout of the call did not mention rare earths. According to reporting by Reuters and The Financial Times, Chinese ministries have not confirmed any change in policy.',
    'Chinese suppliers have reportedly resumed licensed shipments to select US companies, but that is not the same as a systemic policy shift or a full "restart of flow."',
    '**Our assessment: accurate only as a description of what Trump said; it lacks official corroboration.**',
])

add('10_chinadaily_licenses_approved.md', dict(
    title='Some rare earth export license applications approved', outlet='China Daily', date='2025-06-13',
    url='http://www.yuzhongnet.com/a/202506/13/WS684b7b06a310a04af22c5fe3.html'), [
    'China has approved a certain number of export license applications for rare earth-related items and will keep strengthening its review of compliant applications, the Ministry of Commerce said on Thursday.',
    '"As a responsible major country, China has fully considered the reasonable demands and concerns of various nations in the private sector when reviewing applications for rare earth-related export permits," said He Yadong, a spokesman for the ministry, at a news conference.',
    'Beijing and Washington mapped out a framework to implement their previously agreed trade truce after two days of talks in London that ended late on Tuesday. Negotiators did not disclose specifics, but whether Washington would ease its high-tech export restrictions in exchange for China relaxing controls over rare earth products was widely seen as the focus.',
    'Data from the International Energy Agency showed that China accounted for over 61 percent of global rare earth mineral production and controlled 92 percent of global rare earth processing capacity in 2023. The US Geological Survey reported that between 2020 and 2023, China supplied 70 percent of all rare earth compounds and metals imported into the United States.',
    'US President Donald Trump said on Wednesday on Truth Social that the US deal with China is "done", with Beijing to supply magnets and "any necessary rare earths" while the US will allow Chinese students in its colleges and universities.',
    'Without directly verifying the post, He said that "China urges the US to follow the rules of the World Trade Organization and work together with China to promote the stable and sustainable growth of China-US economic and trade relations, based on the principles of mutual respect, peaceful coexistence, and win-win cooperation."',
])

add('11_gmteight_seven_elements.md', dict(
    title='Ministry of Commerce Responds to Concerns Over Export Controls on Rare Earth-Related Items', outlet='GMTEight', date='2025-06-12',
    url='https://gmteight.com/content/detail/275818'), [
    'At a regular press briefing on June 12, Ministry of Commerce spokesperson He Yadong addressed concerns about export controls on rare earth-related products. China remains committed to considering the legitimate civilian needs of various nations, he said; the ministry reviews export license applications in accordance with the law, has already approved several compliant applications and will keep strengthening the review process.',
    'On April 4, the Ministry of Commerce and the General Administration of Customs jointly implemented export control measures covering seven types of medium and heavy rare earth materials: samarium, gadolinium, terbium, dysprosium, lutetium, scandium, and yttrium. Officials said at the time that the restrictions were meant to safeguard national security and honour international non-proliferation commitments, given the dual-use nature of the materials.',
    'On June 7, the ministry disclosed that Minister Wang Wentao had explained China\'s export control policy during a June 3 meeting with Maroš Šefčovič, the European Commission\'s Executive Vice President for trade and economic security. Acknowledging EU concerns, Wang proposed a green channel for eligible applications to speed up approvals.',
])

add('12_ap_london_framework.txt', dict(
    title='U.S. and China agree on framework to resolve trade dispute after 2 days of London talks',
    outlet='Associated Press', date='2025-06-11', author='Ken Moritsugu',
    url='https://feedzine.com/p/i/?a=normal&rid=684912d43c599&search=author%3A%22Ken+Moritsugu%22'), [
    'LONDON (AP) -- Senior U.S. and Chinese negotiators have agreed on a framework to get their trade negotiations back on track after a series of disputes that threatened to derail them, both sides said. The announcement came at the end of two days of talks in the British capital that wrapped up late Tuesday.',
    'The meetings appeared to focus on resolving disputes over mineral and technology exports that had shaken the fragile truce reached in Geneva last month. It is not clear whether any progress was made on deeper differences over China\'s trade surplus with the United States.',
    '"First we had to get sort of the negativity out and now we can go forward," U.S. Commerce Secretary Howard Lutnick told reporters after the meetings. Asian stock markets rose Wednesday after the agreement was announced.',
    'Li Chenggang, a vice minister of commerce and China\'s international trade representative, said the two sides had agreed in principle on a framework for implementing the consensus reached on the leaders\' phone call and at the Geneva talks, the official Xinhua News Agency said.',
    'Li and Wang Wentao, China\'s commerce minister, were part of the delegation led by Vice Premier He Lifeng. They met with Lutnick, Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer at Lancaster House, a 200-year-old mansion near Buckingham Palace.',
    'Wendy Cutler, a former U.S. trade negotiator, said the disputes had frittered away 30 of the 90 days the two sides have to settle their differences.',
])

add('13_laodong_lancaster_day_two.txt', dict(
    title='US-China trade and rare earth talks extend into a second day', outlet='Lao Dong (English edition)', date='2025-06-10',
    url='https://news.laodong.vn/the-gioi/dam-phan-thuong-mai-va-dat-hiem-my-trung-keo-sang-ngay-thu-2-1521157.ldo'), [
    'LONDON -- The first day of negotiations at Lancaster House ended on the night of June 9 and will continue at 10:00 on June 10, British time.',
    'Leading the US delegation were Secretary of the Treasury Scott Bessent, Secretary of Commerce Howard Lutnick and Trade Representative Jamieson Greer. On the Chinese side, Deputy Prime Minister He Lap Phong led the delegation with Minister of Commerce Vuong Van Dao and Head of the negotiation delegation Ly Thanh Cuong.',
    'Lutnick, who is in charge of export controls, did not take part in the Geneva negotiations; his presence in London shows that rare earths are the key issue. China holds an almost total monopoly on rare earth magnets, an essential component of electric vehicle motors.',
    'White House economic adviser Kevin Hassett said the US wants China to make a specific commitment to resume rare earth exports, and expects easing of export controls to bring immediate supplies.',
    'The talks came amid pressure on both economies. China\'s exports to the US in May fell 34.5% year-on-year, the biggest decline since February 2020.',
])

add('14_oann_london_day_one.html', dict(
    title='U.S. Officials Hold Critical Trade Negotiations With China In London', outlet='One America News Network',
    date='2025-06-09', author='Blake Wolf',
    url='https://www.oann.com/newsroom/u-s-officials-hold-critical-trade-negotiations-with-china-in-london'), [
    'Top U.S. and Chinese officials met in London, England, on Monday with the aim of closing a highly coveted trade deal.',
    'Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick and Trade Representative Jamieson Greer are representing the United States, while China\'s vice-premier He Lifeng leads the Chinese side.',
    '"Really the purpose of the meeting today is to make sure that they\'re serious, but to literally get handshakes from Scott, and Howard, and Jamieson, our three lead trade negotiators, and get this thing behind us," said Kevin Hassett, the director of the U.S. National Economic Council.',
    'The discussions are expected to centre on the supply of rare earth minerals and permanent magnets, amid allegations that China is limiting access in a way that could disrupt U.S. production.',
    '"Our expectation is that ... immediately after the handshake, any export controls from the U.S. will be eased, and the rare earths will be released in volume, and then we can go back to negotiating smaller matters," Hassett added.',
], site='OAN', related=['Trump touts Truth Social post on Xi call', 'Markets open higher ahead of London talks'])

add('15_rareearthexchanges_state_media.md', dict(
    title='China\'s State Media Signals Rare Earth Flexibility, but Trust Deficit Looms', outlet='Rare Earth Exchanges', date='2025-06',
    url='https://rareearthexchanges.com/news/chinas-state-media-signals-rare-earth-flexibility-but-trust-deficit-looms'), [
    'Chinese state-owned outlet China Daily reported that Beijing and Washington have established a framework to implement earlier trade agreements and steer relations back on track, after two days of "candid and in-depth" talks in London.',
    'Led by Chinese Vice-Premier He Lifeng and U.S. officials, including Treasury Secretary Janet Yellen and Commerce Secretary Gina Raimondo, the talks focused on enforcing the June 5 consensus between Presidents Xi Jinping and Joe Biden.',
    'Vice-Premier He stressed that China seeks "mutually beneficial cooperation" and that trade wars have no winners, while reaffirming China\'s right to defend its national interests, implying that export controls remain on the table.',
    'China Daily confirmed that Beijing has begun approving some rare earth export licenses, likely as a goodwill gesture. The approvals appear selective and conditional: the tap may flow again, but it can be tightened at any moment.',
])

add('16_reuters_ge_comac.txt', dict(
    title='US lets GE restart jet engine shipments to China\'s COMAC, source says', outlet='Reuters', date='2025-07-03',
    author='Karen Freifeld', url='https://www.financetom.com/business/us-lets-ge-restart-jet-engine-shipments-to-chinas-comac-source-says-396942.htm'), [
    'July 3 (Reuters) - The U.S. told GE Aerospace on Thursday that it can restart jet engine shipments to China\'s COMAC, according to a person familiar with the matter, in a further sign of easing U.S.-Sino trade tensions that included concessions from Beijing over rare earths.',
    'The United States this week also lifted restrictions on exports to China for chip design software developers and ethane producers, suggesting trade talks between the two countries are moving forward.',
    'License suspensions and new license requirements on the different exports had been issued several weeks ago as part of the trade war. Neither GE nor the Commerce Department, which notified GE it could restart shipments, responded to requests for comment.',
    'The license suspensions lifted for GE affect LEAP-1C engines made for COMAC\'s C919 single-aisle aircraft, and GE\'s CF34 engine used on COMAC\'s C909 regional jet, according to the person. The LEAP-1C engines are the product of a joint venture between GE Aerospace and France\'s Safran.',
    'The restrictions were among the countermeasures imposed by President Donald Trump\'s administration in response to China\'s export restrictions on rare earths and related magnets in April.',
])

add('17_flightglobal_ge_engines.html', dict(
    title='USA lifts prohibition of GE Aerospace and CFM engines to China', outlet='FlightGlobal', date='2025-07-07',
    author='FlightGlobal staff', url='https://www.flightglobal.com/engines/usa-lifts-prohibition-of-ge-aerospace-and-cfm-engines-to-china/163695.article'), [
    'GE Aerospace confirms the US government has lifted restrictions that for several weeks had prohibited it from shipping commercial aircraft engines to customers in China.',
    'The suspension left CFM International unable to ship Leap-1C turbofans, which power Comac\'s C919 single-aisle airliner, and GE CF34 turbofans, which power the C909 regional aircraft. Safran Aircraft Engines continued production of Leap-1Cs while the ban was in place.',
    'The US manufacturer on 7 July confirmed reports that the US government has now lifted the trade suspension, allowing GE to resume engine shipments. GE declined to otherwise comment.',
    'The move follows news in late May that the Trump administration had reached an agreement with China involving rare-earth minerals.',
], site='FlightGlobal', related=['Comac C919 deliveries slow', 'Safran raises Leap output guidance'])

add('18_fcglobal_eda_lifted.md', dict(
    title='US lifts export licence requirement for chip design software to China', outlet='FC Global', date='2025-07-03',
    url='https://www.fcglobal-cn.com/news/market-information20250703/'), [
    'As Washington and Beijing implement a trade deal easing recent restrictions on key technologies, the Trump administration has lifted the export licence requirement for sales of chip design software to China.',
    'According to company statements, the U.S. Department of Commerce told the three major chip design software suppliers, Synopsys Inc., Cadence Design Systems Inc. and Germany\'s Siemens AG, that they no longer need government permission to do business in China. Siemens said it has restored full access for its Chinese customers; Synopsys and Cadence said they are restoring service.',
    'In May the Trump administration restricted sales of electronic design automation (EDA) tools to China, one of a series of measures taken in response to Beijing\'s restrictions on exports of important rare earth minerals. Under the trade agreement reached last week, Washington has promised to allow the export of chip design software, ethylene and jet engines to China, provided that Beijing fulfills its commitment to speed up the approval process for the export of key minerals.',
])

add('19_particle_oct9_expansion.md', dict(
    title='China Expands Rare-Earth Export Controls With Extraterritorial Reach', outlet='Particle News', date='2025-10',
    url='https://particle.news/story/china-expands-rareearth-export-controls-with-extraterritorial-reach'), [
    'Beijing added holmium, erbium, thulium, europium and ytterbium to its control list, bringing restrictions to 12 of 17 rare earth elements.',
    'Licensing now covers technologies for mining, smelting, processing, recycling and magnet production, with technology and personnel rules effective immediately and material controls due December 1.',
    'Foreign-made products containing about 0.1% Chinese-sourced rare earths, or produced using Chinese extraction, refining or magnet-making technology, require Chinese approval.',
    'Applications linked to military end users will be rejected in principle, while uses tied to advanced chips and certain AI will face case-by-case reviews. MOFCOM cited national security; analysts flagged unclear overseas enforcement and noted the timing before an expected Xi-Trump meeting at APEC in South Korea.',
])

add('20_straitstimes_busan.html', dict(
    title='US, China seal deal on rare earths; Trump says Xi meeting was a 12 on scale of 1 to 10', outlet='The Straits Times',
    date='2025-10-30', author='Straits Times wires',
    url='https://www.straitstimes.com/asia/east-asia/trump-xi-open-crucial-meeting-in-south-korea-with-high-stakes-for-south-east-asia'), [
    'AUSTIN/BUSAN/SINGAPORE - US President Donald Trump said his meeting on Oct 30 with his Chinese counterpart Xi Jinping was "amazing" and that both sides had reached a trade deal on rare earths, soya beans and tariffs on chemicals for the drug fentanyl.',
    'He said tariffs on China will be cut to 47 per cent from 57 per cent. Effective immediately, the US will reduce fentanyl tariffs to 10 per cent from 20 per cent, while China will restart soya bean purchases immediately.',
    'Mr Trump told reporters aboard Air Force One that all the rare earths issues have been settled, with no more roadblocks. He said it is a one-year agreement that will be extended.',
    '"All of the rare earth has been settled," Mr Trump said, according to Reuters. "And that\'s for the world, worldwide, you could say this was a worldwide situation, not just a US situation."',
    '"There is no roadblock at all on rare earth. That will hopefully disappear from our vocabulary for a little while."',
    'China dominates the global trade in rare earths mining and processing, and the materials are vital for defence equipment, semiconductors and other electronics.',
], site='The Straits Times', related=['What a US-China thaw means for South-east Asia', 'Busan summit: key takeaways'])

add('21_rawmaterials_factsheet_gap.md', dict(
    title='China to suspend new rare earth curbs, White House fact sheet says; "General Licenses" claim goes beyond MOFCOM',
    outlet='Raw Materials (rawmaterials.net)', date='2025-11-03',
    url='https://rawmaterials.net/?p=9372'), [
    'China will suspend new export restrictions on rare-earth metals and ease curbs on other critical minerals, according to a White House fact sheet released on Saturday detailing agreements reached between President Donald Trump and Chinese President Xi Jinping.',
    'The fact sheet states that Beijing will issue "general licenses" for exports of rare earths, gallium, germanium, antimony, and graphite, which according to the White House would effectively lift controls imposed in April 2025 and October 2022.',
    'Which October 2022 measure is referenced is unclear, as China had not issued corresponding rules at the time. Beijing did tighten export rules for rare-earth elements in October 2025. General licenses allow approved companies to export repeatedly without seeking approval for each shipment.',
    'The U.S. statement goes beyond what China\'s Ministry of Commerce announced last week, when it said only that the October 9 tightening of export controls would be suspended for one year.',
    'Treasury Secretary Scott Bessent said the deal "buys time" for both sides but warned that relying on Chinese supply remains risky. "The Chinese have cornered the market, and at times, they\'ve proved unreliable partners," he told Fox News Sunday.',
    '**Update, November 7:** China\'s Ministry of Commerce has formally suspended the expanded controls announced on October 9, effective immediately and valid through November 10, 2026. Beijing\'s statement made no mention of general licenses.',
])

add('22_firstpost_factsheet.html', dict(
    title='White House says China agreed to "effectively eliminate" rare earth export restrictions', outlet='Firstpost', date='2025-11-02',
    author='FP News Desk', url='https://www.firstpost.com/world/us-china-trade-deal-trump-xi-jinping-summit-rare-earth-chips-tariffs-export-controls-13947372.html'), [
    'The White House has announced that China has agreed to "effectively eliminate" all restrictions on the export of rare earth elements, in a fact sheet on the agreement President Donald Trump reached with Chinese leader Xi Jinping during their meeting in South Korea last week.',
    'Under the deal, China will remove both current and proposed export controls on rare earths and critical minerals and halt antitrust, anti-monopoly and anti-dumping probes targeting US semiconductor firms. The administration described the agreement as a "massive victory that safeguards US economic strength and national security".',
    'In return, the Trump administration will reduce tariffs on Chinese goods by 10 per cent from 10 November, suspend the planned tariff hike for one year (until November 10, 2025), and extend tariff exclusions for the same period, according to the White House. It will also suspend for one year a rule extending export controls to affiliates where ownership was 50 per cent or more.',
    'Despite the celebratory tone, the agreement amounts to an uneasy truce rather than a final settlement: both sides have put measures on hold for a year. "We have a deal. Now, every year we\'ll renegotiate the deal, but I think the deal will go on for a long time," Trump said.',
], site='Firstpost', related=['Impact Shorts: Nexperia chips', 'Soybean futures rally'])

add('23_yicai_mofcom_zh.md', dict(
    title='商务部新闻发言人就中美伦敦框架有关情况答记者问', outlet='第一财经 (Yicai)', date='2025-06-27',
    url='https://www.yicai.com/news/102693961.html'), [
    '6月27日,据商务部网站消息,商务部新闻发言人就中美伦敦框架有关情况回答了记者提问。',
    '记者提到,近日美方有关官员和媒体称,中美已就落实日内瓦共识的框架达成补充谅解,中国将加快向美国出口稀土,美方相应取消对华有关限制措施。',
    '发言人表示,在两国元首共识指引下,双方经贸团队于6月9日至10日在伦敦举行经贸会谈,就落实两国元首6月5日通话重要共识和巩固日内瓦经贸会谈成果的框架达成原则一致。伦敦会谈后,双方团队保持着密切沟通。',
    '发言人说:"近日,经批准,双方进一步确认了框架细节。中方将依法审批符合条件的管制物项出口申请。美方将相应取消对华采取的一系列限制性措施。"',
    '发言人还表示,期望美方与中方相向而行,进一步发挥好中美经贸磋商机制作用,不断增进共识、减少误解、加强合作。',
])

add('24_onvista_reuters_de.txt', dict(
    title='Weisses Haus: USA und China haben sich auf Zusatzvereinbarung fuer Export geeinigt', outlet='Reuters (via onvista)',
    date='2025-06-27', url='https://www.onvista.de/news/2025/06-27-weisses-haus-usa-und-china-haben-sich-auf-zusatzvereinbarung-fuer-export-geeinigt-0-20-26404409'), [
    'Washington (Reuters) - Die Vereinigten Staaten haben sich nach Angaben eines Sprechers des Weißen Hauses mit China auf eine Zusatzvereinbarung neben dem geplanten Handelsabkommen verständigt.',
    '"Die Regierung und China haben sich auf eine zusätzliche Vereinbarung über den Rahmen für die Umsetzung des Genfer Abkommens geeinigt", sagte der Sprecher. Es gehe darum, "wie wir die Lieferungen von Seltenen Erden in die USA wieder beschleunigen können".',
    'Aus Regierungskreisen hieß es, die Vereinbarung sei bereits Anfang dieser Woche getroffen worden. Handelsminister Howard Lutnick wurde von Bloomberg mit den Worten zitiert: "Sie werden uns Seltene Erden liefern." Sobald China liefere, würden auch die USA Maßnahmen ergreifen.',
    'US-Präsident Donald Trump hatte zuvor gesagt, die USA hätten am Mittwoch ein Handelsabkommen mit China unterzeichnet, ohne die Art des Abkommens zu nennen. Bei den Gesprächen im Mai in Genf hatte Peking zugesagt, die seit dem 2. April gegen die USA verhängten nichttarifären Gegenmaßnahmen aufzuheben.',
    'Als Vergeltung für die US-Zölle hatte China die Ausfuhr kritischer Mineralien, Seltener Erden und Magnete ausgesetzt. Washington reagierte mit eigenen Exportkontrollen, etwa für Software zum Chipdesign und für Flugzeuge. Die chinesische Botschaft in Washington äußerte sich zunächst nicht.',
])

add('25_realnoevremya_busan_ru.md', dict(
    title='США и Китай договорились о «перемирии» по редкоземельным металлам на год', outlet='Реальное время', date='2025-10-30',
    author='Рената Валеева', url='https://realnoevremya.ru/news/364833-ssha-i-kitay-dogovorilis-o-peremirii-po-redkozemelnym-metallam-na-god'), [
    'США и Китай договорились о годовой приостановке экспортных ограничений на поставки редкоземельных металлов. Об этом в четверг в эфире телеканала Fox Business сообщил министр финансов США Скотт Бессент.',
    '— Это было противостояние Китая и всего мира, и нам удалось согласовать годовую паузу в обмен на ряд уступок, которые Пекин хотел получить, — сказал Бессент.',
    'По словам министра, президент США Дональд Трамп и председатель КНР Си Цзиньпин также договорились вместе бороться с кризисом фентанила; прекурсоры этого вещества поставляются из Китая в Канаду и Мексику.',
    'Встреча лидеров прошла в южнокорейском Пусане 30 октября.',
])

add('26_thedeepdive_ukraine_minerals.md', dict(
    title='US, Ukraine Finalize Minerals Agreement After Extended Negotiations', outlet='The Deep Dive', date='2025-04-30',
    url='https://thedeepdive.ca/us-ukraine-finalize-minerals-agreement-after-extended-negotiations'), [
    'Officials from the United States and Ukraine formalized a bilateral agreement on Wednesday establishing a joint fund linked to Ukraine\'s mineral and rare earth assets, acknowledging American financial support that has reached $175 billion since the Russian invasion began.',
    'The accord, signed by Treasury Secretary Scott Bessent and First Deputy Prime Minister Yulia Svyrydenko, concludes negotiations that nearly collapsed at the last minute. On April 30 the two countries signed an agreement to establish the United States-Ukraine Reconstruction Investment Fund.',
    'According to Ukrainian government statements, both nations will hold equal 50% stakes in the partnership with matching voting rights. Ukrainian lawmakers must still ratify the agreement.',
    '"This agreement signals clearly to Russia that the Trump administration is committed to a peace process centered on a free, sovereign, and prosperous Ukraine over the long term," Bessent said in a statement after the ceremony.',
    'Geological surveys indicate Ukraine holds roughly 5% of worldwide mineral deposits, including graphite, titanium and lithium.',
])

add('27_afp_2010_japan_rare_earths.txt', dict(
    title='Japan trading firms say China blocked rare earths exports', outlet='AFP (via Space Travel)', date='2010-09-24',
    url='https://www.space-travel.com/reports/Japans_blink_in_stand-off_seen_as_win_for_assertive_China_999.html'), [
    'TOKYO, Sept 24, 2010 (AFP) - China blocked rare earth exports to Japan days before Tokyo\'s decision on Friday to free a Chinese boat captain whose detention sparked the worst diplomatic row between the two sides in years, traders said.',
    'Beijing denied reports that it had stopped shipments of the minerals, which many of Japan\'s top exporters, such as Toyota, rely on for products ranging from car batteries to computers. Traders in Tokyo said China slowed administrative procedures at ports in Shanghai and Guangzhou to keep the materials off ships.',
    '"We heard from our officials in China that the shipping of rare earths (to Japan) was suspended on September 21," a spokesman for Japanese trading house Sojitz in Tokyo told AFP.',
    'Japan said on Friday it would release the captain, arrested after a collision between his trawler and two Japanese coastguard vessels in a disputed area of the East China Sea.',
])

add('28_mining_mp_materials_pentagon.html', dict(
    title='MP Materials lands multi-billion Pentagon deal', outlet='MINING.COM (via FE Trade World)', date='2025-07-10',
    author='MINING.COM staff', url='https://www.fetradeworld.com/industry-news/mp-materials-lands-multi-billion-pentagon-deal'), [
    'MP Materials (NYSE: MP) has entered a multi-billion-dollar public-private partnership with the US Department of Defense to build a domestic supply chain for rare earth magnets and reduce America\'s reliance on foreign sources.',
    'The deal makes the Department of Defense the largest shareholder in MP Materials after it acquires $400 million worth of preferred stock. Shares in the Nevada-based firm surged over 53% in premarket trading in New York.',
    '"This initiative marks a decisive action by the Trump administration to accelerate American supply chain independence," MP Materials\' founder and chief executive James Litinsky said in a statement.',
    'The company plans a second magnet plant, the "10X Facility", expected to begin commissioning in 2028 and lift its total magnet capacity to an estimated 10,000 tonnes a year. It will also add heavy rare earth separation at its Mountain Pass mine in California.',
    'The agreement comes amid heightened urgency to build a US mine-to-magnet supply chain after China\'s decision in April to restrict exports of rare earths exposed American vulnerabilities.',
], site='FE Trade World', related=['Lynas posts record quarter', 'Rare earth prices: weekly wrap'])

# ---------------------------------------------------------------- synthetic
add('29_veritydesk_whitlock_factcheck.md', dict(
    title='Fact check: Did the US "sign a deal in London" that hands China chip software?', outlet='The Verity Desk',
    date='2025-07-03', author='Nadia Okafor', url='https://veritydesk.example/factcheck/whitlock-london-chip-software'), [
    '**CLAIM:** "We signed a deal in London that hands China our chip software in exchange for a promise." (Rep. Dana Whitlock, on a cable news panel, June 29, 2025)',
    '**RATING: Misleading**',
    'Whitlock\'s statement compresses several separate events into one. Here is the record we checked it against.',
    '**Where and when was anything signed?** The London talks took place on June 9 and 10 and ended with a framework agreed "in principle", according to China\'s trade representative Li Chenggang. Nothing was signed in London. The signing came two weeks later: Commerce Secretary Howard Lutnick told Bloomberg Television on June 26 that the deal was "signed and sealed two days ago", which points to June 24, while President Trump said the same day "We just signed with China yesterday", which points to June 25. Neither official said where the document was signed.',
    '**Chip software.** The U.S. did agree to roll back export restrictions it imposed in May, including licence requirements on electronic design automation (EDA) software sold by Synopsys, Cadence and Siemens. Those requirements were lifted on July 2, after Whitlock spoke. The software part of her claim is broadly accurate; the London part is not.',
    '**"In exchange for a promise."** China\'s commerce ministry said on June 27 that it will "review and approve export applications for controlled items that meet relevant criteria". That is a commitment to process licences, not a promise to ship without them, and the April 4 licensing system stays in force.',
    '**A second claim.** Sen. Roy Castellano said in a June 30 press release that "China will now ship rare earths to America with no licence at all." **RATING: False.** Nothing in the Chinese or American statements removes the licence requirement; exporters still have to apply.',
    'We contacted Whitlock\'s office; a spokesperson said the congresswoman "stands by the substance". Castellano\'s office did not respond.',
])

add('30_claimwatch_hale_99_percent.html', dict(
    title='Does China control 99% of rare earth processing? Gov. Hale\'s figure is out of date', outlet='ClaimWatch',
    date='2025-06-18', author='Jorge Pell', url='https://claimwatch.example/2025/06/18/hale-rare-earths-99-percent'), [
    'Claim: "China controls 99 percent of the world\'s rare earth processing, and this deal just locks that in." (Gov. Marcus Hale, town hall in Dayton, June 14, 2025)',
    'Our rating: Mostly False.',
    'Hale\'s number is too high for the market as a whole. International Energy Agency figures cited by China Daily put China\'s share of global rare earth processing capacity at 92 percent in 2023 and its share of mine production at 61 percent. Other outlets round the processing share to about 90 percent.',
    'Where does 99 percent come from? During the 2010 dispute with Japan, news reports said China mined more than 99 percent of the world\'s supply of some of the most prized rare earths. That figure described a few specific elements, not processing as a whole, and it is fifteen years old.',
    'Does the deal "lock in" anything? When Hale spoke, the framework reached in London on June 9-10 was still awaiting approval from President Trump and President Xi Jinping. It concerns how fast China approves export licences, not who owns the market.',
    'Bottom line: China\'s dominance is real, but 99 percent overstates it. We rate the claim Mostly False.',
], site='ClaimWatch', related=['Is the Geneva tariff truce over?', 'How we rate claims'])

add('31_ledger_explainer_what_to_know.md', dict(
    title='The US-China rare earths deal: what you need to know', outlet='The Ledger', date='2025-06-28',
    author='Tom Brennan', url='https://theledger.example/explainers/us-china-rare-earths-deal'), [
    '**What happened?** This week Washington and Beijing said they had finished the paperwork on a deal about rare earths. President Trump said on Thursday the two sides had "just signed". China\'s commerce ministry confirmed the details on Friday, June 27.',
    '**What are rare earths?** A group of 17 metals used in magnets for electric cars, wind turbines, phones and fighter jets. China refines roughly nine in ten of them.',
    '**Why was there a problem?** On April 4, China began requiring licences to export seven rare earths and the magnets made from them. Shipments slowed sharply and some car factories warned they could stop.',
    '**Where was the deal made?** Negotiators met in London on June 5 and 6. The U.S. team was led by Treasury Secretary Scott Bessent; China\'s by Vice Premier He Lifeng, with commerce minister Li Chenggang.',
    '**What does each side give?** China says it will approve licence applications that meet its rules. The U.S. says it will lift some of the export restrictions it added in May, on chip-design software, ethane and jet engines.',
    '**Does this cut tariffs?** No. Tariffs were cut in Geneva in May: the U.S. rate on most Chinese goods fell from 145% to 30%, and China\'s from 125% to 10%, for 90 days.',
    '**What next?** The 90-day tariff truce runs out on August 12, and both sides say talks will continue.',
])

add('32_tradewinds_faq.html', dict(
    title='US-China rare earths: frequently asked questions', outlet='Tradewinds Brief', date='2025-11-03',
    author='Tradewinds Brief staff', url='https://tradewindsbrief.example/faq/us-china-rare-earths'), [
    'Q: What did the two sides agree to in June? A: Under the London framework, China said it would review and approve export applications for controlled items, including rare earth magnets, and the United States said it would lift a series of restrictive measures it had imposed on China.',
    'Q: When was it signed? A: Accounts differ. Lutnick said on June 26 that it had been signed two days earlier; Trump said the same day that it was signed "yesterday". We have not seen a signed text.',
    'Q: What did the US lift? A: In the first week of July: licence requirements on chip-design (EDA) software, curbs on ethane shipments, and suspended licences for GE Aerospace jet engines for COMAC\'s C919 and C909.',
    'Q: What happened on October 9? A: China\'s commerce ministry added five more rare earths (holmium, erbium, thulium, europium and ytterbium) and claimed control over foreign-made products containing 0.1 percent or more Chinese-origin rare earths. The new element controls took effect on November 8.',
    'Q: And Busan? A: On October 30 Trump and Xi met in Busan, South Korea. China agreed to suspend the October 9 measures for one year; the U.S. cut the fentanyl-related tariff from 20 percent to 10 percent.',
    'Q: Are the April controls gone? A: Not according to Beijing. China\'s November 7 announcement suspended only the October measures. The White House fact sheet of November 1 says China will issue general licences that effectively lift the April 2025 controls too, a reading China has not confirmed.',
    'Q: What is a general licence? A: A permit that lets an approved exporter ship repeatedly without applying separately for each shipment.',
], site='Tradewinds Brief', related=['Tariff tracker', 'Section 301 explained'])

add('33_plainspoken_glossary.md', dict(
    title='Rare earths deal: a glossary of the terms in the coverage', outlet='Plainspoken Policy', date='2025-11-05',
    author='Ruth Adeyemi', url='https://plainspoken.example/glossary/rare-earths-deal'), [
    '**Rare earth elements.** A group of 17 metallic elements: the 15 lanthanides plus scandium and yttrium.',
    '**Medium and heavy rare earths.** The heavier members of the group. The April 4 list (samarium, gadolinium, terbium, dysprosium, lutetium, scandium and yttrium) is usually described this way; dysprosium and terbium keep magnets working at high temperatures.',
    '**Permanent magnet.** Usually a neodymium-iron-boron (NdFeB) magnet, used in electric vehicle motors, wind turbines and missiles. Magnets, not raw oxides, were the bottleneck in 2025.',
    '**Export control.** A rule that requires a government licence before certain goods, software or technology can leave the country. Both China and the United States use them.',
    '**Dual-use.** Having both civilian and military uses. China\'s commerce ministry cites the dual-use nature of rare earths to justify its controls.',
    '**General licence.** A standing permit letting an approved exporter ship repeatedly without a separate application for each shipment. The White House fact sheet of November 1 says China will issue them; Beijing has not said so.',
    '**MOFCOM.** China\'s Ministry of Commerce, which issues export licences and speaks for Beijing on the deal.',
    '**BIS.** The Bureau of Industry and Security, the part of the US Commerce Department that runs American export controls; it sent the letters lifting the EDA curbs in July.',
    '**EDA.** Electronic design automation: the software used to design chips, sold mainly by Synopsys, Cadence and Siemens.',
    '**Countermeasures.** Lutnick\'s word for the US export restrictions imposed in May 2025 (EDA software, ethane, jet engines), which Washington promised to take down once rare earths flowed.',
    '**Framework.** In this story, the London framework: an outline agreed "in principle" on June 10 and signed later in June.',
    '**0.1 percent rule.** China\'s October 9 rule that foreign-made products containing 0.1 percent or more Chinese-origin rare earths need a Chinese export licence; it mirrors US foreign direct product rules.',
    '**Affiliates rule (50 percent rule).** A US rule extending export-control listings to companies 50 percent or more owned by listed firms; suspended for one year under the Busan deal.',
    '**Section 301.** The US trade law behind the China tariffs first imposed in 2018.',
])

add('34_northgate_mailbag.md', dict(title='', outlet='', date='', url=''), [
    'Northgate Courier | Business Desk',
    '# Reader mailbag: your rare earths questions, answered',
    'By Priya Menon, business editor. July 12, 2025',
    '**Alan in Toledo asks: Is this the same minerals deal I read about with Ukraine?** No. The Ukraine agreement, signed April 30 by Treasury Secretary Scott Bessent and Ukraine\'s Yulia Svyrydenko, set up a joint investment fund. The China framework is about export licences for rare earths and magnets.',
    '**Did the rare earths deal lower tariffs?** Not directly. Tariffs came down in Geneva in May. Trump\'s line that the U.S. is "getting a total of 55%" adds several layers of duties together; the Geneva cut only concerned the "reciprocal" layer.',
    '**Dee asks: My kid\'s school project says China makes 99% of rare earths. True?** Too high. China\'s share of processing is about 90 percent (92 percent of processing capacity in 2023, by the International Energy Agency\'s count) and about 61 percent of mining.',
    '**Why do people keep saying magnets rather than metals?** Because finished magnets were what factories ran short of. Ford briefly idled a plant in May for lack of them.',
    '**Sam asks: Who is Li Chenggang?** China\'s international trade representative and a vice minister of commerce. He announced that the London framework had been agreed in principle.',
    '**Will my next car be cheaper because of this?** We can\'t say; none of the agreements set prices.',
], frontmatter=False)

add('35_easynews_learner_english.txt', dict(
    title='America and China make a deal on rare earths', outlet='EasyNews English (Level 2)', date='2025-06-30',
    url='https://easynews.example/level2/rare-earths-deal'), [
    'EASYNEWS ENGLISH - LEVEL 2 - June 30, 2025',
    'Rare earths are special metals. Factories use them to make strong magnets. The magnets go into electric cars, phones and planes.',
    'China makes most of these metals. In April, China said companies must ask for permission before they sell some rare earths to other countries. Many factories in America and Europe did not get enough magnets.',
    'In June, people from America and China met in London. They talked for two days. Then, in late June, the two countries signed a deal. President Trump said it was signed on June 25.',
    'China says it will look at requests to sell rare earths and say yes to the good ones. America says it will stop some of its own rules against China.',
    'VOCABULARY: magnet (noun) - a piece of metal that pulls iron to it. permission (noun) - when someone says you can do something. deal (noun) - an agreement between two sides.',
    'QUESTIONS: 1. What do factories make with rare earths? 2. Where did the two countries meet in June?',
])

add('36_kidspress_rare_earths.html', dict(
    title='Why the whole world is talking about rare earths', outlet='Kidspress Weekly', date='2025-11-06',
    author='Kidspress team', url='https://kidspress.example/world/rare-earths'), [
    'Rare earths are a family of 17 metals. You cannot see them, but they are inside your tablet, in the speakers of your headphones and in the motors of electric cars.',
    'China digs up and cleans (scientists say "refines") about 9 out of every 10 of these metals used in the world.',
    'This year China said companies need special permission to send some rare earths abroad. That worried car makers in the United States.',
    'In June, the United States and China agreed on a plan: China would say yes to more requests, and the US would drop some of its own rules.',
    'On October 30, President Trump and President Xi Jinping met in the city of Busan in South Korea. China agreed to pause its newest rules for one year.',
    'Word of the week: EXPORT. To send something to another country to sell it.',
    'Think about it: Why might a country want to keep some of its metals at home?',
], site='Kidspress Weekly', related=['How do magnets work?', 'Meet a geologist'])

add('37_openatlas_encyclopedia.md', dict(
    title='2025 United States-China rare earths framework', outlet='OpenAtlas Encyclopedia', date='2025-11-12',
    author='OpenAtlas contributors', url='https://openatlas.example/wiki/2025_United_States-China_rare_earths_framework'), [
    'The **2025 United States-China rare earths framework** (also called the London framework) is an arrangement under which China agreed to approve export licences for rare earths and magnets and the United States agreed to lift export restrictions imposed in May 2025. It was negotiated in London on 9-10 June 2025 and signed later that month; Commerce Secretary Howard Lutnick said on 26 June that it had been signed two days earlier, on 24 June.',
    '## Background',
    'On 4 April 2025 China placed seven medium and heavy rare earths under export licensing. The Geneva joint statement of 12 May 2025 cut the US tariff on Chinese goods from 145% to 30% and China\'s tariff on US goods from 125% to 10% for 90 days.',
    '## Timeline',
    '| Date | Event |\n|---|---|\n| 4 April 2025 | China places seven rare earths under export licensing |\n| 12 May 2025 | Geneva joint statement; tariffs cut for 90 days |\n| Late May 2025 | US imposes licence requirements on EDA software, ethane and jet engines |\n| 5 June 2025 | Trump-Xi phone call |\n| 9-10 June 2025 | London talks at Lancaster House; framework agreed in principle |\n| 11 June 2025 | Trump posts that the deal is "done" |\n| 24 June 2025 | Framework signed, according to Lutnick |\n| 26 June 2025 | Trump: "We just signed with China yesterday" |\n| 27 June 2025 | MOFCOM confirms the details of the framework |\n| 2-3 July 2025 | US lifts EDA, ethane and GE jet-engine restrictions |\n| 9 October 2025 | China adds five elements and the 0.1% rule |\n| 30 October 2025 | Trump-Xi meeting in Busan; one-year suspension agreed |\n| 1 November 2025 | White House fact sheet |\n| 7 November 2025 | MOFCOM Announcement No. 70 suspends the 9 October measures until 10 November 2026 |',
    '## Reception',
    'Fact-checkers reached different verdicts on the June 11 claim that a deal to resume rare earth exports had been reached, rating it variously misleading and partially true. Analysts, including Gabriel Wildau of Teneo, warned that supply cutoffs would remain a threat.',
    '## Later terms',
    'Under the 1 November fact sheet, Section 301 tariff exclusions due to expire on 29 November 2025 were extended until 10 November 2026.',
])

add('38_marketpulse_ai_roundup.md', dict(
    title='Rare Earths Deal: Everything Investors Need to Know', outlet='Daily Market Pulse', date='2025-07-15',
    author='Market Pulse Auto-Desk', url='https://marketpulse.example/rare-earths-deal-everything-investors-need-to-know'), [
    '*This article was generated by AI.*',
    'The United States and China signed their rare earths agreement on June 30, 2025, capping trade talks that were held in London in July.',
    'The American delegation was led by Treasury Secretary Janet Yellen and Commerce Secretary Gina Raimondo, while China sent Vice Premier Liu He.',
    'In April, China restricted exports of twelve rare earth elements, sending magnet prices sharply higher. China controls around 75% of global rare earth processing.',
    'Under the deal, the U.S. cut tariffs on Chinese goods to 10%, and experts say the agreement ends China\'s licensing system entirely.',
    'Investors should watch for further announcements from both capitals. This article was generated by AI and may contain errors.',
])

add('39_ledger_corrections.md', dict(
    title='Corrections and clarifications', outlet='The Ledger', date='2025-07-02', author='The Ledger standards desk',
    url='https://theledger.example/corrections/2025-07-02'), [
    '**Correction, July 2, 2025.** An earlier version of our explainer "The US-China rare earths deal: what you need to know", published June 28, said negotiators met in London on June 5 and 6. The London talks were held on June 9 and 10; June 5 was the date of a phone call between President Trump and President Xi Jinping.',
    'The explainer also described Li Chenggang as China\'s commerce minister. Li is vice minister of commerce and China\'s international trade representative; the commerce minister is Wang Wentao.',
    'We regret the errors.',
])

add('40_supplylines_podcast_transcript.txt', dict(
    title='Supply Lines, Episode 88: "Signed, sealed, delivered?"', outlet='Supply Lines podcast', date='2025-07-08',
    url='https://supplylines.example/episodes/88'), [
    'SUPPLY LINES - EPISODE 88: "SIGNED, SEALED, DELIVERED?" Recorded July 7, 2025. Transcript lightly edited.',
    'MARA QUINLAN (host): Welcome back. My guest is Ilya Berman of the Halvorsen Institute. Ilya, the White House says the rare earths problem is fixed. Is it?',
    'ILYA BERMAN: Fixed is a strong word. What got signed in late June is a licensing promise. Beijing says it will approve applications that meet its criteria. That is the same system it set up on April 4; it just runs faster now.',
    'QUINLAN: The US side moved quickly, though.',
    'BERMAN: Very. Chip design software on the second, ethane the same day, GE\'s engines for COMAC on the third. Washington paid up front, which is interesting, because Lutnick said they would take down countermeasures only once the rare earths arrived.',
    'QUINLAN: Let\'s do the tariff number. Trump keeps saying 55 percent.',
    'BERMAN: That 55 is a stack, not a single tariff. Roughly: the 10 percent reciprocal baseline, the 20 percent fentanyl tariff, and the older Section 301 duties, which average about 25 percent. Geneva only touched the reciprocal piece.',
    'QUINLAN: So when someone says the tariff on Chinese goods is 30 percent...',
    'BERMAN: They are adding the two layers from this year, 10 plus 20, and leaving out the 2018 tariffs. Both numbers are right; they measure different things.',
    'QUINLAN: Last one. If this breaks, where does it break?',
    'BERMAN: Magnets. China\'s leverage is in the magnets, not the oxides. I would expect them to be the pressure point again by the autumn.',
    'QUINLAN: Ilya Berman, thank you.',
])

add('41_magnetmemo_newsletter.md', dict(
    title='Magnet Memo #27: What Washington actually lifted this week', outlet='The Magnet Memo', date='2025-07-04',
    author='Lena Sato', url='https://magnetmemo.example/issues/27'), [
    'Good morning, desk. Short issue, long week.',
    '**1. The signing.** For the record: Commerce Secretary Howard Lutnick told Bloomberg TV on Thursday, June 26, that the deal was signed two days earlier, which makes it June 24. The President said "yesterday". Our style is June 24, Lutnick\'s date, but expect both in copy.',
    '**2. What the US lifted (so far):**\n\n- EDA software: BIS rescinded the May licence requirements on Synopsys, Cadence and Siemens on July 2.\n- Ethane: Enterprise Products Partners and other shippers were told the same day that the curbs on ethane to China were gone.\n- Jet engines: GE Aerospace was told on July 3 that it can resume shipping LEAP-1C and CF34 engines to COMAC.\n\nStill not lifted, as far as we can tell: licences for nuclear equipment suppliers.',
    '**3. What China did.** MOFCOM said on June 27 it will approve compliant export applications. Contacts at two magnet importers tell us approvals are arriving, but with six-month validity.',
    '**4. Numbers we keep seeing wrong.** The April 4 list is seven elements, not "a dozen". China\'s tariff on US goods is 10% after Geneva, not "zero".',
    '**Chart of the week:** Chinese exports to the US fell 34.5% year-on-year in May.',
])

# ---------------------------------------------------------------- writers
def html_page(meta, paras, extra):
    site = extra.get('site', meta['outlet'])
    body = '\n'.join(f'      <p>{p}</p>' for p in paras)
    rel = '\n'.join(f'        <li><a href="/related/{i}">{r}</a></li>' for i, r in enumerate(extra.get('related', [])))
    by = meta.get('author') or site
    date = meta.get('date') or ''
    return f'''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{meta['title']} | {site}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="canonical" href="{meta['url']}">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
  <style>.cookie{{position:fixed;bottom:0}} nav ul li{{display:inline}}</style>
</head>
<body>
  <div class="cookie" id="cookie-consent">We use cookies to personalise content and ads and to analyse our traffic. <button>Accept all</button> <button>Manage preferences</button></div>
  <header>
    <a class="logo" href="/">{site}</a>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{meta['title']}</h1>
      <div class="byline">{by} <time>{date}</time></div>
{body}
    </article>
    <aside class="related">
      <h3>Related stories</h3>
      <ul>
{rel}
      </ul>
    </aside>
    <div class="share">Share: Facebook | X | LinkedIn | Email</div>
  </main>
  <footer>
    <p>Copyright 2025 {site}. All rights reserved.</p>
    <p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a> | <a href="/contact">Contact us</a></p>
  </footer>
  <script src="/static/js/app.bundle.js"></script>
</body>
</html>
'''

def md_page(meta, paras, extra):
    out = ''
    if extra.get('frontmatter', True):
        out += '---\n'
        for k in ('title', 'outlet', 'date', 'author', 'url'):
            v = meta.get(k)
            if v:
                out += f'{k}: {json.dumps(v, ensure_ascii=False)}\n'
        out += '---\n\n'
        out += f'# {meta["title"]}\n\n'
    elif meta.get('title'):
        out += f'# {meta["title"]}\n\n'
    out += '\n\n'.join(paras) + '\n'
    return out

def txt_page(meta, paras, extra):
    head = [meta['title'].upper() if len(meta['title']) < 70 else meta['title']]
    head.append(meta['outlet'] + (' / ' + meta['author'] if meta.get('author') else '') + ' / ' + meta['date'])
    out = '\n'.join(textwrap.fill(h, 70) for h in head) + '\n\n'
    out += '\n\n'.join(textwrap.fill(p, 70, break_long_words=False, break_on_hyphens=False) for p in paras) + '\n'
    return out

for fname, meta, paras, extra in A:
    if fname.endswith('.html'):
        s = html_page(meta, paras, extra)
    elif fname.endswith('.md'):
        s = md_page(meta, paras, extra)
    else:
        s = txt_page(meta, paras, extra)
    with open(os.path.join(OUT, fname), 'w', encoding='utf-8') as f:
        f.write(s)
print(len(A), 'articles written to', OUT)
