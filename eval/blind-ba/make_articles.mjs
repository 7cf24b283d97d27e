// Writes the BA articles folder (articles/ beside this file). The helper's tool for set BA; the articles are the product.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), 'articles');
mkdirSync(out, { recursive: true });
const put = (name, text) => writeFileSync(join(out, name), text);

const fm = (o) =>
  `---\n${Object.entries(o)
    .map(([k, v]) => `${k}: ${/[:#"']/.test(v) ? JSON.stringify(v) : v}`)
    .join('\n')}\n---\n\n`;
const md = (name, meta, body) => put(name, (meta ? fm(meta) : '') + body.trim() + '\n');
const wrap = (para, w = 70) => {
  const words = para.split(/ +/);
  const lines = [];
  let cur = '';
  for (const wd of words) {
    if (cur && (cur + ' ' + wd).length > w) {
      lines.push(cur);
      cur = wd;
    } else cur = cur ? cur + ' ' + wd : wd;
  }
  if (cur) lines.push(cur);
  return lines.join('\n');
};
const txt = (name, paras) => put(name, paras.map((p) => (p.startsWith('|') ? p.slice(1) : wrap(p))).join('\n\n') + '\n');
const esc = (s) => s.replace(/&/g, '&amp;');
const html = (name, o) => {
  const nav = o.nav.map((n) => `        <li><a href="/${n.toLowerCase().replace(/[^a-z]+/g, '-')}">${esc(n)}</a></li>`).join('\n');
  const rel = o.related
    .map(
      (r) =>
        `      <li><a href="/related/${r
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .slice(0, 40)}">${esc(r)}</a></li>`,
    )
    .join('\n');
  const paras = o.body.map((p) => (p.startsWith('<') ? `      ${p}` : `      <p>${p}</p>`)).join('\n');
  put(
    name,
    `<!DOCTYPE html>
<html lang="${o.lang ?? 'en'}">
<head>
  <meta charset="utf-8">
  <title>${o.title} | ${o.outlet}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:title" content="${o.title}">
  <meta property="og:site_name" content="${o.outlet}">
  <meta property="article:published_time" content="${o.date}">
  <link rel="canonical" href="${o.url}">
  <link rel="stylesheet" href="/static/css/main.${o.hash}.css">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-${o.hash.toUpperCase()}"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-${o.hash.toUpperCase()}');</script>
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(o.title)},"datePublished":"${o.date}","author":{"@type":"Person","name":${JSON.stringify(o.author ?? o.outlet)}},"publisher":{"@type":"Organization","name":${JSON.stringify(o.outlet)}}}</script>
</head>
<body class="article-page">
  <div id="cookie-banner" class="consent">
    <p>${o.cookie ?? 'We use cookies and similar technologies to personalise content and ads and to analyse our traffic. By clicking "Accept all" you agree to our use of cookies.'}</p>
    <button id="accept-all">${o.accept ?? 'Accept all'}</button> <button id="manage">${o.manage ?? 'Manage preferences'}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">${esc(o.outlet)}</a>
    <nav aria-label="Main">
      <ul>
${nav}
      </ul>
    </nav>
    <form class="search" action="/search"><input type="search" name="q" placeholder="${o.searchPh ?? 'Search'}"></form>
  </header>
  <div class="ad-slot" data-slot="leaderboard">Advertisement</div>
  <main>
    <article>
      <div class="breadcrumb">${esc(o.crumb)}</div>
      <h1>${o.title}</h1>
      <div class="byline">${o.byline}</div>
${paras}
      <div class="share">Share: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
    </article>
    <aside class="related">
      <h2>${o.relHead ?? 'Related stories'}</h2>
      <ul>
${rel}
      </ul>
    </aside>
    <div class="newsletter-signup">${o.signup ?? 'Get our morning briefing in your inbox. <a href="/newsletters">Sign up</a>'}</div>
  </main>
  <footer class="site-footer">
    <p>${o.footer}</p>
    <p><a href="/privacy">${o.privacy ?? 'Privacy policy'}</a> | <a href="/terms">${o.terms ?? 'Terms of use'}</a> | <a href="/contact">${o.contact ?? 'Contact us'}</a></p>
  </footer>
  <script src="/static/js/bundle.${o.hash}.js" defer></script>
  <script>document.getElementById('accept-all').onclick=function(){document.getElementById('cookie-banner').remove();};</script>
</body>
</html>
`,
  );
};

// ---------------------------------------------------------------- REAL (adapted)

md(
  'fortune_2025-06-27_lutnick-truce-signed.md',
  {
    title: 'Lutnick says U.S.-China trade truce signed, 10 deals imminent',
    outlet: 'Fortune (Bloomberg)',
    date: '2025-06-27',
    url: 'https://fortune.com/asia/2025/06/27/lutnick-says-us-china-trade-truce-deals-imminent',
    author: 'Jennifer A. Dlouhy, Kailey Leinz, Joe Mathieu',
  },
  `
# Lutnick says U.S.-China trade truce signed, 10 deals imminent

The United States and China have finalized the trade understanding the two sides first reached in Geneva last month, U.S. Commerce Secretary Howard Lutnick said, adding that the White House expects to close agreements with a set of 10 major trading partners very soon.

The China deal, which Lutnick said had been signed two days ago, codifies the terms from the talks between Beijing and Washington, including a commitment from China to deliver rare earths used in everything from wind turbines to jet planes.

"They're going to deliver rare earths to us" and once they do that, "we'll take down our countermeasures," Lutnick told Bloomberg News in an interview.

A White House official said the U.S. and China agreed to the terms to implement the Geneva accord. A spokesman for the Chinese Embassy in Washington declined to comment, and China's Foreign Ministry in Beijing did not immediately respond to a request for comment on Friday.

The offshore yuan barely moved on the news. The agreement still depends on what both governments do next, above all on whether Chinese rare earth shipments actually pick up.
`,
);

md(
  'capitalpress_2025-06-11_trump-done-deal.md',
  {
    title: "Trump hails 'done' deal with China, but releases few details",
    outlet: 'Capital Press',
    date: '2025-06-11',
    url: 'https://www.capitalpress.com/2025/06/11/trump-hails-done-deal-with-china-but-releases-few-details',
  },
  `
President Trump said China has agreed to supply the U.S. with rare-earth magnets and minerals and that the U.S. will keep welcoming Chinese students, his summary of talks meant to smooth over the disputes that arose after the two countries agreed in May to a truce on escalating tariffs.

The White House did not publish any written agreement from the two days of talks in London. In two social media posts on June 11, Trump said U.S. and Chinese trade officials would now present an agreement to him and to Chinese President Xi Jinping.

"Our deal with China is done, subject to final approval with President Xi and me," Trump wrote.

"Full magnets, and any necessary rare earths will be supplied, up front, by China. Likewise, we will provide to China what was agreed to, including Chinese students using our colleges and universities (which has always been good with me!)," Trump said.

Tariffs will be part of the deal, Trump added. "We are getting a total of 55% Tariffs, China is getting 10%. Relationship is excellent!" he said.

The posts came a few hours after the negotiators said they had made progress but gave few details. Chinese vice commerce secretary Li Chenggang said the meeting "adds positive energy to global economic growth."

Negotiators agreed last month in Geneva to lower tariffs and keep talking about other trade issues. Since then the administration has accused China of stalling on sales of rare-earth magnets and minerals to U.S. companies, in violation of the Geneva agreement.

"Geneva set the framework, but for whatever the reason, it just wasn't happening. It was going too slowly, too painfully," Commerce Secretary Howard Lutnick said.

Nothing in the posts mentioned soybeans or other farm goods, the commodities growers in the Northwest and Plains most want back on Chinese import lists.
`,
);

md(
  'g1_2025-06-26_eua-china-terras-raras.md',
  {
    title: 'EUA e China chegam a acordo para acelerar envio de terras raras',
    outlet: 'g1',
    date: '2025-06-26',
    url: 'https://g1.globo.com/economia/noticia/2025/06/26/eua-e-china-acordo-terras-raras.ghtml',
  },
  `
Os Estados Unidos chegaram a um acordo com a China para acelerar o envio de terras raras produzidas no país asiático, informou uma autoridade da Casa Branca nesta quinta-feira (26), em meio aos esforços para encerrar a disputa comercial entre as duas maiores economias do mundo.

Nas negociações de maio, em Genebra, a China havia se comprometido a retirar as restrições não tarifárias aplicadas aos EUA desde 2 de abril, mas ainda não está claro como algumas dessas medidas serão revertidas.

Em resposta às tarifas impostas pelo presidente Donald Trump, Pequim suspendeu a exportação de uma ampla variedade de minerais e ímãs estratégicos, o que afetou montadoras, fabricantes do setor aeroespacial, empresas de semicondutores e fornecedores da indústria militar em todo o mundo.

"O governo e a China concordaram com um entendimento adicional para uma estrutura para implementar o acordo de Genebra", disse um funcionário da Casa Branca nesta quinta-feira.

O secretário de Comércio dos EUA, Howard Lutnick, foi citado pela Bloomberg dizendo: "Eles vão nos entregar terras raras" e, quando fizerem isso, "retiraremos nossas contramedidas".

A embaixada da China em Washington não respondeu imediatamente a um pedido de comentário.

Trump declarou anteriormente que os EUA assinaram um acordo comercial com a China na quarta-feira (25), mas não forneceu detalhes. Um integrante do governo informou que o acordo entre os dois países sobre terras raras foi concluído no início desta semana.
`,
);

md(
  'reuters-jp_2025-06-26_rare-earth-goi.md',
  {
    title: '米、中国とレアアース輸出迅速化で合意＝ホワイトハウス当局者',
    outlet: 'ロイター (Reuters Japan)',
    date: '2025-06-26',
    url: 'https://www.yayafa.com/2402730',
  },
  `
［ワシントン　２６日　ロイター］ - 米ホワイトハウス当局者は26日、米国へのレアアース（希土類）輸出を迅速化する方法について中国と合意したと明らかにした。

トランプ大統領はこの日、米政府が中国と貿易に関する合意に25日に署名したと述べたが、具体的な内容は明らかにしなかった。別の政権高官によると、合意は今週初めに行われたという。

中国はスイス・ジュネーブで先月開いた米国との閣僚級協議で、4月2日以降に導入した非関税措置を解除することで合意したが、一部措置の詳細は不明だった。中国は米国の関税に対する報復措置の一環として、レアアースを輸出管理リストに追加している。

ホワイトハウス当局者は、米中が「ジュネーブ合意を履行するための枠組みについて追加的な了解で合意した」とし、「米国へのレアアース出荷を再び迅速に行う方法」に関する了解だと述べた。

ブルームバーグによると、ラトニック商務長官は「（中国は）われわれにレアアースを送る」とし、そうなれば「われわれは対抗措置を解除する」と述べた。

在ワシントンの中国大使館はコメント要請に応じていない。ある業界関係者によると、中国はレアアースの「デュアルユース（軍民両用）品目」規制により米軍に転用されないよう購入者を審査しているため、ライセンス供与が遅れているという。
`,
);

md(
  'trivium_2025-07-03_eda-ban-lifted.md',
  {
    title: 'US lifts ban on EDA software sales to China',
    outlet: 'Trivium China',
    date: '2025-07-03',
    url: 'https://triviumchina.com/?p=181259',
  },
  `
**What happened:** On July 2, US electronic design automation (EDA) giants Synopsys, Cadence, and Siemens announced that the US Commerce Department had officially rescinded a ban on EDA software sales to China, effective immediately.

**Some context:** The ban, imposed in May, was Washington's answer to Beijing's slow rare earth approvals, which the US saw as a breach of the spirit of the Geneva agreement.

- The June talks in London, which were supposed to settle the matter, did not produce an immediate rollback of the EDA ban.

Better late than never.

- The reversal is a big relief for China's chip design sector, which leans heavily on EDA tools.
- As we noted before, keeping the ban would have been disproportionately disruptive, which is why it looked more like a bargaining tactic to force progress in the trade talks.

**The bigger question:** Are any Biden-era chip export controls on the table? We're not holding our breath. But if any US president would trade away chip restrictions for other concessions, it would be Trump.
`,
);

html('cnn-ireport247_2025-07-03_chip-software-curbs.html', {
  title: 'US lifts chip design software curbs against China',
  outlet: 'iReport247 News',
  date: '2025-07-03',
  hash: 'a93f1c',
  url: 'https://ireport247news.com/2025/07/03/us-lifts-chip-design-software-curbs-against-china-following-london-trade-talks',
  nav: ['Home', 'World', 'Business', 'Tech', 'Politics', 'Sport', 'Entertainment'],
  crumb: 'Home > Business > Tech',
  byline: 'By CNN | July 3, 2025',
  author: 'CNN',
  body: [
    '<p class="standfirst">All three leading chip design software companies - Synopsys, Cadence, and Siemens - said they were notified by the US Commerce Department that the export curbs introduced in May had been rescinded.</p>',
    'The administration of US President Donald Trump has lifted restrictions on exports of chip design software to China, as Washington and Beijing work to dial down hostilities under a recent trade agreement.',
    'The United States had cut off sales of the software tools used to design semiconductors as part of its retaliation for Beijing effectively choking off rare earth exports, which reignited acrimony after the trade truce struck in Geneva in mid-May.',
    "The companies' announcements signal steps by the world's two largest economies toward implementing a trade agreement formalized last week that centered on rare earths.",
    'Under the deal, the US would lift its export curbs on chip software, the chemical ethane, and other goods, while China would approve the exports of rare earths to the US.',
    "US firm Cadence and Germany's Siemens confirmed to CNN that the export control restrictions are no longer in place, while Synopsys, also American, said in a statement that a previous letter issued by the Commerce Department regarding the curb had been rescinded.",
    "Experts have said the controls on Electronic Design Automation (EDA) software would have had devastating implications for China's semiconductor industry, since the tools are essential for creating new microchips. The trio of companies controls 70% of China's EDA market, according to a report by Chinese state-run news agency Xinhua earlier this year.",
  ],
  related: [
    'Nvidia shares rise as trade tensions cool',
    'What are rare earths and why does China control them?',
    'Ethane tankers idle off Texas coast',
    'Opinion: The chip war is far from over',
  ],
  footer: '&copy; 2025 iReport247 News. All rights reserved. Content from partner networks is republished under licence.',
});

md(
  'gcaptain_2025-07-02_ethane-restrictions-lifted.md',
  {
    title: 'U.S. Lifts Ethane Export Restrictions to China as Trade Tensions Ease',
    outlet: 'gCaptain (Bloomberg)',
    date: '2025-07-02',
    url: 'https://gcaptain.com/u-s-lifts-ethane-export-restrictions-to-china-as-trade-tensions-ease',
    author: 'Christopher Charleston, Nicholas Lua',
  },
  `
US ethane producers said the government has dropped the license requirements for shipping the gas to China, clearing the way for deliveries to Chinese ports without additional approvals.

The Bureau of Industry and Security said the rules, put in place last month and requiring licenses for exports or transfers of ethane to Chinese parties, have now been rescinded, according to filings from Enterprise Products Partners and Energy Transfer LP on Wednesday. The companies can offload ethane directly in China without seeking separate US authorization, they said. Reuters reported the news earlier.

Ethane became a political flashpoint after the US tightened controls. Overseas shipments plunged, and tankers that had only ever plied dedicated routes between America and China were left idling or sent to new destinations such as India.

It's "back to business as usual," said Samantha Hartke, Vortexa Ltd.'s head of market analysis for the Americas. "We would expect a return to more seasonal US ethane exports to China of around 240,000 barrels per day in July."

Ethane, a natural gas liquid used mainly to make ethylene, a building block for plastics, comes to China almost entirely from the US. The Commerce Department early last month sent letters requiring licenses for any cargoes tied to Chinese firms.
`,
);

txt('reuters-wire_2025-07-03_ge-comac-engines.txt', [
  "|US lets GE restart jet engine shipments to China's COMAC, source says",
  '|By Karen Freifeld',
  "July 3 (Reuters) - The U.S. told GE Aerospace on Thursday that it can restart jet engine shipments to China's COMAC, according to a person familiar with the matter, in a further sign of de-escalating U.S.-Sino trade tensions that included concessions from Beijing over rare earths.",
  'The United States this week also lifted restrictions on exports to China for chip design software developers and ethane producers, suggesting trade talks between the two countries are moving forward.',
  "License suspensions and new license requirements on the different exports had been issued several weeks ago as part of the trade war between the world's two biggest economies.",
  'GE did not respond to an email request for comment, nor did the Commerce Department, which notified GE it could restart shipments.',
  "The licenses cover Leap-1C engines for COMAC's C919 single-aisle aircraft and GE's CF34 engine for the C909 regional jet, the person said, declining to be identified because they were not authorized to speak publicly. The LEAP-1C is made by a joint venture between GE Aerospace and France's Safran.",
  "The restrictions were among the many countermeasures imposed by U.S. President Donald Trump's administration in response to China's export restrictions on rare earths and related magnets in April.",
  '|(Reporting by Karen Freifeld in New York; Editing by Bill Berkrot)',
]);

md(
  'flightglobal_2025-07-08_ge-cfm-engines.md',
  {
    title: 'USA lifts prohibition of GE Aerospace and CFM engines to China',
    outlet: 'FlightGlobal',
    date: '2025-07-08',
    url: 'https://www.flightglobal.com/engines/usa-lifts-prohibition-of-ge-aerospace-and-cfm-engines-to-china/163695.article',
  },
  `
GE Aerospace confirms the US government has lifted restrictions that, for several weeks, had prohibited it from shipping commercial aircraft engines to customers in China.

The Trump administration had temporarily barred exports of those and other advanced-technology products to China amid a broader trade battle, according to reports in May. One source says the engine prohibition by the US Commerce Department was wrapped up in US efforts to secure greater access to Chinese rare-earth minerals.

The suspension left CFM International unable to ship Leap-1C turbofans, which power Comac's C919 single-aisle airliner, and GE CF34 turbofans, which power the C909 regional jet. GE jointly owns CFM with Safran Aircraft Engines and ships the hot section of the Leap engines to France for final assembly.

Safran Aircraft Engines kept producing Leap-1Cs while the ban was in place, its chief executive told FlightGlobal in June.

The US manufacturer on 7 July confirmed reports that the US government has now lifted the trade suspension, allowing GE to resume engine shipments. GE declines to otherwise comment.

The move follows news in late May that the Trump administration had reached an agreement with China involving rare-earth minerals.
`,
);

md(
  'techcrunch_2025-07-15_nvidia-h20-rare-earths.md',
  {
    title: "Nvidia's resumption of H20 chip sales related to rare earth element trade talks",
    outlet: 'TechCrunch',
    date: '2025-07-15',
    url: 'https://theoutpost.ai/news-story/nvidia-s-ai-chip-sales-to-china-resume-amid-us-china-rare-earth-trade-negotiations-17863',
  },
  `
Rare earth elements appear to be behind Nvidia's turnaround on China. After signaling in June that it was essentially withdrawing from the Chinese market, the chip and AI giant said it was filing an application to restart sales of its H20 AI chip to China.

U.S. Commerce Secretary Howard Lutnick said Tuesday that Nvidia's plans to start selling H20 chips again are tied to the ongoing trade discussions with China over rare earth elements, according to reporting from Reuters. "We put that in the trade deal with the magnets," Lutnick told Reuters. AMD plans to restart sales of its MI308 AI chip in China too.

Not everyone is happy. The decision "would not only hand our foreign adversaries our most advanced technologies, but is also dangerously inconsistent with this administration's previously-stated position on export controls for China," Congressman Raja Krishnamoorthi said in a statement, according to Reuters.

Lutnick isn't concerned, and told CNBC on Tuesday that China is only getting Nvidia's "fourth best" chip. "We don't sell them our best stuff, not our second best stuff, not even our third best," Lutnick said in the interview.

The U.S. is still working out what its AI chip export rules will look like. The administration formally rescinded the Biden administration's AI Diffusion Rule in May and has not issued a formal replacement.
`,
);

md(
  'amconservative_2025-05-29_rubio-chinese-student-visas.md',
  {
    title: "Rubio: U.S. Will 'Aggressively Revoke' Visas of Chinese Students",
    outlet: 'The American Conservative',
    date: '2025-05-29',
    url: 'https://www.theamericanconservative.com/rubio-u-s-will-aggressively-revoke-visas-of-chinese-students/',
  },
  `
The United States will "aggressively revoke" the visas of Chinese students, including those with ties to the Chinese Communist Party, Secretary of State Marco Rubio announced Wednesday in a press statement.

The announcement is the latest move by the Trump administration against U.S. universities. Last week the White House sought to bar international students from attending Harvard, but a federal judge halted it.

Rubio said the revocations would also apply to Chinese students in "critical fields," probably meaning the physical sciences. Several American officials have said in recent years that Beijing recruits U.S.-trained scientists.

He added that the federal government would work "to enhance scrutiny of all future visa applications from the People's Republic of China and Hong Kong."

A State Department report published last year said that around 275,000 of the 1.1 million international students in American higher education hailed from China, second only to India.
`,
);

md(
  'fencepost_2025-10-30_asa-soybean-deal.md',
  {
    title: 'ASA praises China soybean deal but details still emerging',
    outlet: 'The Fence Post',
    date: '2025-10-30',
    url: 'https://www.thefencepost.com/news/asa-praises-china-soybean-deal-but-details-still-emerging',
  },
  `
The American Soybean Association on Thursday praised the Trump administration's announcement that China will buy 12 million metric tons of soybeans this marketing year and buy a minimum of 12 million metric tons per year through 2028, but noted that "details are still emerging and to be confirmed."

President Trump noted the expected Chinese purchases on social media, and Treasury Secretary Scott Bessent gave some details on "Mornings with Maria" on Fox Business. Bessent said the initial purchase would fall between now and January. Trump said China will also buy "sorghum and other farm products."

"Today's announcement is great news for American agriculture, and soybean farmers are extremely grateful to President Trump for making soybeans a priority in negotiations with China," said Caleb Ragland, ASA president and soybean farmer from Magnolia, Ky.

ASA also pointed out that the promised purchases are lower than what China bought in the past. "China has historically purchased 25 to 30 million metric tons of U.S. soybeans in recent years, and today's commitments lay a strong foundation to return to those traditional volumes over the coming marketing years," the group said.

American Farm Bureau Federation President Zippy Duvall said, "Farm Bureau is encouraged by China's commitment to import soybean and sorghum from the United States."
`,
);

md(
  'usatimes247_2025-10-30_china-soybeans-bessent.md',
  {
    title: 'Trump says China agreed to buy soybeans, other farm goods',
    outlet: 'USA Times 247',
    date: '2025-10-30',
    url: 'https://usatimes247.com/?p=1094112',
  },
  `
President Trump said Thursday that China has agreed to purchase soybeans and other agricultural products from the U.S., a breakthrough after months of hardship for American farmers caught in the trade standoff with Beijing.

Trump said Chinese President Xi Jinping authorized the sale of soybeans, sorghum and "other farm products" during their meeting in South Korea.

"We're in agreement on so many elements," he told reporters aboard Air Force One after the meeting. "Large amounts, tremendous amounts of the soybeans and other farm products are going to be purchased immediately, starting immediately."

Treasury Secretary Scott Bessent said Thursday on Fox Business Network that China had agreed to buy 12 million metric tons of soybeans through the remainder of the year and 25 million tons per year for the next three years.

Soybeans were the largest U.S. agricultural export in 2024, according to Agriculture Department data. Roughly half went to China, but that dropped to zero earlier this year after Beijing stopped buying U.S. soybeans and turned to Argentina instead.
`,
);

md(
  'localnewswave_2025-10-30_soybean-news.md',
  {
    title: 'Good news for soybean growers after Busan summit',
    outlet: 'Local News Wave',
    date: '2025-10-30',
    url: 'https://localnewswave.com/article/1036463245702295552',
  },
  `
A major development in United States-China trade relations this morning brought long-awaited good news for American soybean producers. Following a high-level meeting between President Donald Trump and Chinese President Xi Jinping in Busan, South Korea, China has agreed to purchase 25 million metric tons of U.S. soybeans annually, beginning with an initial shipment of 12 million tons before January.

The agreement is part of a broader one-year trade truce between the two nations and signals renewed stability for soybean markets that have been volatile since trade tensions escalated in 2018. According to U.S. Treasury Secretary Jeff Bessent, the soybean commitment represents one of the largest agricultural purchase pledges made by China in recent years.

President Trump also posted about the agreement on Truth Social.
`,
);

md(
  'carm_2025-11-03_white-house-fact-sheet.md',
  {
    title: 'White House Publishes Fact Sheet Outlining Recent Trade Agreement with China',
    outlet: 'CARM',
    date: '2025-11-03',
    url: 'https://www.carmnet.com/?p=3284',
  },
  `
The White House published a fact sheet over the weekend detailing the agreement reached by President Trump and Chinese President Xi Jinping in South Korea on October 30th.

Under the agreement China will, among other promises, suspend the implementation of the export controls on rare earths that it announced on October 9th, and suspend all retaliatory tariffs announced since March 4, 2025. Non-tariff countermeasures taken against the U.S. since March 4, 2025 will also be suspended or removed.

The United States will lower the IEEPA Fentanyl tariffs on Chinese imports by 10% effective November 10. The suspension of the higher country-specific reciprocal rate for China stays in place through November 10, 2026, and the 10% reciprocal tariff in effect during the suspension will remain. Section 301 tariff exclusions that were due to expire on November 29 are extended through November 10, 2026.

The U.S. will also suspend for one year, beginning November 10, 2025, the implementation of the Affiliates Rule as well as the responsive actions from the Section 301 investigation into China's Targeting the Maritime, Logistics, and Shipbuilding Sectors for Dominance.

The additional 100% duties on China from November 1 that President Trump had threatened have not gone into effect.

**BIS plans to halt enforcement of the Affiliates Rule.** As part of the agreement, Treasury Secretary Scott Bessent announced that BIS will stop enforcing the "Affiliates Rule" for one year. The rule, released last month as an interim final rule, expands the Export Administration Regulations to cover affiliates of listed entities.
`,
);

html('cna_2025-11-02_trump-xi-key-elements.html', {
  title: 'What did Trump and Xi agree to on tariffs, export controls and fentanyl?',
  outlet: 'CNA',
  date: '2025-11-02',
  hash: 'c2b7de',
  url: 'https://www.channelnewsasia.com/east-asia/trump-xi-summit-busan-tariffs-export-controls-fentanyl-soybeans-5436071',
  nav: ['Singapore', 'Asia', 'East Asia', 'World', 'Business', 'Sport', 'Commentary', 'CNA Insider'],
  crumb: 'East Asia',
  byline: 'Reuters | 02 Nov 2025 06:10AM',
  author: 'Reuters',
  body: [
    "WASHINGTON: The White House on Saturday (Nov 1) released details about the agreement that United States President Donald Trump reached this week with Chinese President Xi Jinping to de-escalate their countries' trade war, including US tariff reductions and a pause in Beijing's new restrictions on rare earth minerals and magnets.",
    "The deal, which also includes resumption of Chinese purchases of American soybeans, averts Trump's threatened 100 per cent tariff on Chinese goods and extends a delicate trade truce for about a year.",
    'Here are some of the key elements of the Trump-Xi agreement reached in Busan, South Korea, on Thursday.',
    '<h2>TARIFF REDUCTION ON FENTANYL-RELATED CHINESE GOODS</h2>',
    'The US will halve the 20 per cent tariff on Chinese goods related to supplies of fentanyl opioid precursor chemicals coming from China.',
    'The reduction to 10 per cent on the duties first imposed in February will cut the overall US tariff rate on Chinese imports to about 47 per cent from 57 per cent, according to US officials.',
    'That total includes duties of about 25 per cent imposed on Chinese imports during Trump\'s first term, a reduced 10 per cent "reciprocal" tariff imposed in April and previous "Most Favored Nation" tariff rates.',
    "<h2>PAUSE ON CHINA'S RARE EARTH EXPORT CONTROLS</h2>",
    "China agreed to a one-year pause on export controls it unveiled this month on rare earth minerals and magnets, which have become Beijing's most potent source of leverage in its trade war with Washington.",
    'Those controls would have required export licences for products with even trace amounts of a larger list of elements and were aimed at preventing their use in military products.',
  ],
  related: [
    'Xi tells Trump China and US should be partners',
    'Soybean futures jump on China purchase pledge',
    'Commentary: A truce, not a peace',
    'Nexperia chip exports to resume, White House says',
  ],
  footer: 'Copyright&copy; Mediacorp 2025. Mediacorp Pte Ltd. All rights reserved.',
  cookie: 'Mediacorp uses cookies to improve your experience. By continuing, you agree to our use of cookies.',
});

html('mofcom_2025-10-30_kuala-lumpur-outcomes.html', {
  title: "MOFCOM Spokesperson's Remarks on the Outcomes of the China-U.S. Economic and Trade Consultations in Kuala Lumpur",
  outlet: 'Ministry of Commerce of the PRC',
  date: '2025-10-30',
  hash: 'd3b018',
  url: 'https://english.mofcom.gov.cn/News/SpokesmansRemarks/art/2025/art_d3b018b922a4458989e43a46a04be6fe.html',
  nav: ['Home', 'About MOFCOM', 'News', "Spokesman's Remarks", 'Policies', 'Statistics', 'Services'],
  crumb: "Home > News > Spokesman's Remarks",
  byline: 'Source: MOFCOM | 2025-10-30 | Font size: A A A',
  author: 'MOFCOM',
  cookie: 'This website uses cookies to ensure the best browsing experience.',
  accept: 'OK',
  manage: 'Details',
  body: [
    "Q: It is understood that during the China-U.S. economic and trade consultations in Kuala Lumpur, the two sides reached joint arrangements to address each other's concerns regarding trade and economic issues. Could MOFCOM provide more details on the consensuses of these talks?",
    'A: The presidents of China and the United States recently held a meeting in Busan, the Republic of Korea, where they had an in-depth discussion on China-U.S. economic and trade relations and other issues, and agreed to strengthen cooperation in economic and trade areas among others. China stands ready to work with the U.S. to jointly uphold and implement the important consensus reached by the presidents.',
    'Through the consultations in Kuala Lumpur, the economic and trade teams of China and the U.S. have reached consensus on the following key outcomes:',
    'First, the U.S. side will remove the 10-percent so-called "fentanyl tariffs" imposed on Chinese goods, including goods from the Hong Kong Special Administrative Region and the Macao Special Administrative Region, and will suspend, for an additional year, the 24-percent reciprocal tariffs levied on Chinese goods. China will make corresponding adjustments to its countermeasures against the aforementioned U.S. tariffs. Both sides have agreed to continue extending certain tariff exclusion measures.',
    'Second, the U.S. side will suspend for one year the implementation of the Affiliates Rule announced on September 29 that expands its "entity-list" export restrictions to any entity that is at least 50 percent owned by one or more entities on the list. China will suspend the implementation of relevant export control measures announced on October 9 for one year and will study and refine specific plans.',
    "Third, the U.S. side will suspend the implementation of measures under its Section 301 investigation targeting China's maritime, logistics and shipbuilding industries for one year. In response, the Chinese side will correspondingly suspend its countermeasures for the same period.",
  ],
  relHead: 'Related',
  related: [
    'Spokesperson answers questions on export control of rare earths',
    'Regular press conference, October 2025',
    'China adjusts unreliable entity list measures',
  ],
  footer: "Sponsored by the Ministry of Commerce of the People's Republic of China. ICP No. 05004093",
  signup: 'Subscribe to MOFCOM news releases via RSS.',
  privacy: 'Legal notice',
  terms: 'Sitemap',
});

html('gcaptain_2025-11-03_port-fees-suspended.html', {
  title: 'White House Confirms One-Year Suspension of USTR Port Fees in U.S.-China Trade Deal',
  outlet: 'gCaptain',
  date: '2025-11-03',
  hash: '5e0b2a',
  url: 'https://gcaptain.com/white-house-confirms-one-year-suspension-of-ustr-port-fees-in-u-s-china-trade-deal/',
  nav: ['News', 'Maritime Security', 'Shipping', 'Offshore', 'Shipbuilding', 'Podcast', 'Jobs'],
  crumb: 'Shipping',
  byline: 'Mike Schuler | November 3, 2025',
  author: 'Mike Schuler',
  body: [
    "The White House has confirmed that the United States will suspend for one year the implementation of responsive actions taken pursuant to the Section 301 investigation on China's Targeting the Maritime, Logistics, and Shipbuilding Sectors for Dominance, effective November 10.",
    'The announcement came as part of a broader trade agreement reached between President Donald Trump and Chinese President Xi Jinping last week in Korea. The maritime suspension is a significant de-escalation in a dispute that has roiled global shipping markets in recent months.',
    '"The United States will suspend for one year, starting on November 10, 2025, implementation of the responsive actions taken pursuant to the Section 301 investigation on China\'s Targeting the Maritime, Logistics, and Shipbuilding Sectors for Dominance," the White House stated in its fact sheet. "In the meantime, the United States will negotiate with China pursuant to Section 301 while continuing its historic cooperation with the Republic of Korea and Japan on revitalizing American shipbuilding".',
    'In reciprocal action, China committed to removing the measures it took in retaliation for the U.S. actions under the Section 301 investigation and to lifting sanctions on a number of shipping entities.',
    'The U.S. fees on China-linked and Chinese-built vessels had only taken effect on October 14, the same day Beijing began levying its own special port dues on U.S.-linked ships.',
  ],
  related: [
    'USTR opens one-day comment window on port fee suspension',
    'China sanctions five Hanwha Ocean units',
    'Ethane carriers head back to China',
    'Container lines reshuffle fleets to dodge fees',
  ],
  footer: '&copy; 2025 gCaptain. All rights reserved.',
});

md(
  'irishexaminer_2025-10-30_trump-cuts-tariffs.md',
  {
    title: 'Trump cuts tariffs on China after meeting Xi Jinping in South Korea',
    outlet: 'Irish Examiner',
    date: '2025-10-30',
    url: 'https://www.irishexaminer.com/world/arid-41733282.html',
  },
  `
US President Donald Trump described his face-to-face meeting with Chinese leader Xi Jinping on Thursday as a roaring success, saying he would cut tariffs on China while Beijing had agreed to allow the export of rare earth elements and start buying American soybeans.

The president told reporters aboard Air Force One that the US would lower the tariffs imposed earlier this year to punish China for selling chemicals used to make fentanyl from 20% to 10%.

That brings the total combined tariff rate on China down from 57% to 47%.

Mr Trump said: "I guess on the scale from zero to 10, with ten being the best, I would say the meeting was a 12. I think it was a 12."

He said he would go to China in April and that Mr Xi would come to the US "some time after that". The two leaders also discussed the export of more advanced computer chips to China, and Nvidia would be in talks with Chinese officials, he said.

Mr Xi said Washington and Beijing would work to finalise their agreements to provide "peace of mind" to both countries and the rest of the world, according to a report distributed by state media. "Both sides should take the long-term perspective into account, focusing on the benefits of co-operation rather than falling into a vicious cycle of mutual retaliation," he said.
`,
);

md(
  'civicidea_2025-10-10_china-expands-controls.md',
  {
    title: 'China expands rare-earth export controls to twelve materials',
    outlet: 'Civic Idea',
    date: '2025-10-10',
    url: 'https://civicidea.ge/?p=13401',
  },
  `
China has announced a significant expansion of export controls over 12 rare-earth materials after adding five more materials: holmium, erbium, thulium, europium, and ytterbium to the existing list of restricted ones and related technologies, targeting foreign defense, military, and semiconductor users. The measures build on the stricter rules introduced in April, which have already disrupted global supply chains. The law was adopted on October 9, 2025.

The new rules include outright license denials for overseas defense users. Exports of recycling equipment and magnet production technologies will require official licenses, and applications for advanced semiconductor uses will be reviewed case by case. Locally based firms may no longer collaborate abroad on rare earth processes without official approval. Some of the new rules take effect immediately, others on December 1.

The commerce ministry said the restrictions aim to "safeguard national security and interests" by preventing the materials from "being used, directly or indirectly, in military and other sensitive fields."

The move comes ahead of the planned meeting between the U.S. and Chinese leaders at the Asia-Pacific Economic Cooperation summit in South Korea.
`,
);

md(
  'fcglobal_2025-07-03_chip-software-ethylene.md',
  {
    title: 'US lifts export licence requirement on chip design software to China',
    outlet: 'FC Global',
    date: '2025-07-03',
    url: 'https://www.fcglobal-cn.com/news/market-information20250703/',
  },
  `
As Washington and Beijing implement a trade deal to ease recent restrictions on key technologies, the Trump administration has lifted the export license requirement for sales of chip design software to China.

According to company statements, the US Department of Commerce informed the world's three major chip design software suppliers, Synopsys Inc., Cadence Design Systems Inc. and Germany's Siemens AG, that the requirement to seek government permission for business in China no longer applies.

Siemens said it has restored full access to its software and technology for Chinese customers. Synopsys and Cadence said they are restoring such services. The restrictions also applied to smaller electronic design automation (EDA) tool makers.

In May the Trump administration restricted the sale of EDA tools to China, one of a series of measures taken in response to Beijing's restrictions on exports of important rare earth minerals. Under the trade agreement finally reached last week, Washington has promised to allow the export of chip design software, ethylene and jet engines to China, provided that Beijing fulfills its commitment to speed up approvals for exports of key minerals.

Cadence and Synopsys software is used to design products ranging from the most sophisticated processors of companies like Nvidia Corp. and Apple Inc. to simple power-regulation components.
`,
);

html('firstpost_2025-06-10_london-handshake.html', {
  title: 'US-China handshake in London? Negotiators inch toward deal over rare earths, tech exports',
  outlet: 'Firstpost',
  date: '2025-06-10',
  hash: '13895e',
  url: 'https://www.firstpost.com/world/us-china-handshake-in-london-negotiators-inch-toward-deal-over-rare-earths-tech-exports-13895829.html',
  nav: ['Home', 'India', 'World', 'Explainers', 'Opinion', 'Business', 'Sports', 'Videos'],
  crumb: 'World',
  byline: 'FP News Desk | June 10, 2025, 11:44:12 IST',
  author: 'FP News Desk',
  body: [
    '<p class="standfirst">US President Donald Trump has authorised Treasury Secretary Scott Bessent\'s team to remove restrictions on the sales of chipmaking software, jet engine parts and ethane</p>',
    "Top officials from the US and China will continue their meeting on Tuesday over an array of bilateral issues, including the rare earth deal. The engagements began in London yesterday (June 10) as the two countries seek to sort out differences over Trump's tariffs.",
    "The talks are being led by China's Vice Premier He Lifeng, alongside US Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick, and Trade Representative Jamieson Greer.",
    "According to a report by The Washington Post, the US president has authorised Bessent's team to remove restrictions on the sales of chipmaking software, jet engine parts and ethane.",
    "<h2>'Expecting handshakes'</h2>",
    'In an interview with CNBC, Kevin Hassett, Director of the National Economic Council at the White House, said on Monday that the US expectation was that "immediately after the handshake, any export controls from the US will be eased, and the rare earths will be released in volume, and then we can go back to negotiating smaller matters."',
    'A deal to ease restrictions on critical minerals and advanced technologies would mark a major shift in the US-China economic and tech rivalry. Trump has reportedly described Monday\'s talks as "good".',
    'The Geneva pact temporarily brought new US tariffs on Chinese goods down from 145 per cent to 30 per cent, and Chinese countermeasures from 125 per cent to 10 per cent.',
  ],
  related: [
    "Explained: Why rare earths are China's trump card",
    'Lancaster House: history of a negotiating venue',
    'Trump says China "totally violated" Geneva deal',
    'Markets edge up as London talks go into second day',
  ],
  footer: 'Copyright &copy; 2025. Firstpost - All Rights Reserved.',
});

html('boursorama-reuters_2025-06-27_accord-terres-rares.html', {
  lang: 'fr',
  title: "Les USA affirment que l'accord conclu avec la Chine permettra d'accélérer les exportations de terres rares",
  outlet: 'Boursorama (Reuters)',
  date: '2025-06-27',
  hash: '458869',
  url: 'https://www.boursorama.com/bourse/actualites/les-usa-affirment-que-l-accord-conclu-avec-la-chine-permettra-d-accelerer-les-exportations-de-terres-rares-458869fceeea4f0309158872c4a1ec58',
  nav: ['Bourse', 'Actualités', 'Patrimoine', 'Banque', 'Forum', 'Outils'],
  crumb: 'Accueil > Bourse > Actualités',
  byline: 'information fournie par Reuters 27/06/2025 à 07:17 | par Nandita Bose et David Lawder',
  author: 'Nandita Bose, David Lawder',
  cookie: "Boursorama et ses partenaires utilisent des cookies pour mesurer l'audience et vous proposer des publicités personnalisées.",
  accept: 'Tout accepter',
  manage: 'Paramétrer',
  searchPh: 'Rechercher',
  body: [
    "Les Etats-Unis sont parvenus à un accord avec la Chine sur la manière d'accélérer les expéditions de terres rares, a déclaré jeudi un responsable de la Maison blanche.",
    'La Chine détient un quasi-monopole sur les aimants en terres rares. En avril, elle a ajouté certains des aimants les plus sophistiqués à sa liste de contrôle des exportations dans le cadre de sa guerre commerciale avec les Etats-Unis, obligeant tous les exportateurs à faire des demandes de licences.',
    "La Chine s'est engagée au mois de mai à lever ses mesures de rétorsion sur l'exportation de métaux rares essentiels pour la production américaine de semi-conducteurs et de matériels électronique et de défense.",
    "\"L'administration (américaine) et la Chine sont convenues d'un accord supplémentaire pour un cadre de mise en oeuvre de l'accord de Genève\", a déclaré jeudi un responsable de la Maison blanche.",
    'L\'accord porte sur "la manière dont nous pouvons accélérer les expéditions de terres rares vers les Etats-Unis", a-t-il précisé.',
    "L'ambassade de Chine à Washington n'a pas immédiatement répondu à une demande de commentaire.",
    'Donald Trump a déclaré plus tôt que les Etats-Unis et la Chine avaient signé un accord lié au commerce mercredi, sans fournir davantage de détails.',
    "Un autre responsable de l'administration américaine a déclaré que l'accord entre Washington et Pékin sur les terres rares avait été conclu en début de semaine.",
    '(Avec Steve Holland et Kanishka Singh, version française Reuters)',
  ],
  relHead: 'Sur le même sujet',
  related: [
    'Wall Street termine en hausse, optimisme commercial',
    'Terres rares : la Chine accélère les licences',
    "Le yuan stable après l'annonce",
    'Pékin confirme les détails du cadre commercial',
  ],
  footer: '&copy; 2025 Boursorama. Tous droits réservés.',
  privacy: 'Politique de confidentialité',
  terms: 'Mentions légales',
  contact: 'Nous contacter',
  signup: 'Recevez la lettre quotidienne Boursorama. <a href="/newsletters">S\'inscrire</a>',
});

html('cna_2025-06-27_china-confirms-framework.html', {
  title: 'China confirms trade deal framework with US',
  outlet: 'CNA',
  date: '2025-06-27',
  hash: '5207f1',
  url: 'https://www.channelnewsasia.com/east-asia/china-confirms-trade-deal-framework-us-5207801',
  nav: ['Singapore', 'Asia', 'East Asia', 'World', 'Business', 'Sport', 'Commentary'],
  crumb: 'East Asia',
  byline: 'AFP | 27 Jun 2025 11:35AM',
  author: 'AFP',
  body: [
    'BEIJING: China confirmed on Friday (Jun 27) details on the framework of a trade deal with the United States, saying Washington would lift "restrictive measures" while Beijing would "review and approve" items under export controls.',
    "A top priority for Washington in talks with Beijing had been ensuring the supply of the rare earths essential for products including electric vehicles, hard drives and national defence equipment. China, which dominates global production of the elements, began requiring export licences in early April, a move widely viewed as a response to Trump's tariffs.",
    'The two sides agreed after talks in Geneva in May to temporarily lower steep tit-for-tat tariffs. China also committed to easing some non-tariff countermeasures, but US officials later accused Beijing of slow-walking export licence approvals for rare earths. They eventually agreed on a framework to move forward with their Geneva consensus following talks in London this month.',
    'A White House official also told AFP on Thursday that Donald Trump\'s administration and China had "agreed to an additional understanding for a framework to implement the Geneva agreement". That clarification came after the US president told an event that Washington had "just signed" a deal relating to trade with China, without providing further details.',
    '"It is hoped that the United States and China will meet each other halfway," a spokesperson for the commerce ministry said in a statement. It said both sides had "further confirmed the details of the framework".',
    'Under the deal, China "will review and approve applications for the export control items that meet the requirements in accordance with the law".',
    '"The US side will correspondingly cancel a series of restrictive measures against China," the commerce ministry said.',
  ],
  related: [
    'Rare earth magnet exports to US still a trickle, data shows',
    'Commentary: What London did and did not fix',
    'US student visa scrutiny worries Chinese families',
    'Stocks edge higher on trade optimism',
  ],
  footer: 'Copyright&copy; Mediacorp 2025. Mediacorp Pte Ltd. All rights reserved.',
  cookie: 'Mediacorp uses cookies to improve your experience. By continuing, you agree to our use of cookies.',
});

// ---- distractors (real, different story)
md(
  'cnn_2025-10-28_us-japan-critical-minerals.md',
  {
    title: 'Trump and Takaichi sign critical minerals and rare earths framework in Tokyo',
    outlet: 'CNN',
    date: '2025-10-28',
    url: 'https://news.livedoor.com/topics/detail/29869685/',
  },
  `
US President Donald Trump and Japanese Prime Minister Sanae Takaichi signed a framework agreement on securing the supply of critical minerals and rare earths on October 28, after their summit in Tokyo.

The two leaders agreed to support the supply of raw and processed critical minerals and rare earths that are vital to the domestic industries of both countries, according to the signed text. The framework is meant to strengthen the supply chain through public-private cooperation and to promote development, processing and investment.

The signing took place at the Akasaka Palace state guest house, alongside a second document on the large investments Japan promised as part of its tariff agreement with Washington. Cooperation on rare earths is aimed at reducing dependence on China, which holds an overwhelming position in the market.

The Tokyo deal is separate from the US-China negotiations; Trump was due to meet Chinese President Xi Jinping in South Korea later in the week.
`,
);

txt('afp-wire_2010-09-24_japan-rare-earths-blocked.txt', [
  '|Japan trading firms say China blocked rare earths exports',
  "TOKYO, Sept 24, 2010 (AFP) - China blocked rare earth exports to Japan days before Tokyo's decision Friday to free a Chinese boat captain whose detention sparked the worst diplomatic row between the sides in years, traders said.",
  "Beijing denied reports it had prevented shipments of the rare minerals that many of Japan's top exporters, such as the world's biggest automaker Toyota, rely on to make products ranging from car batteries to computers.",
  'But traders in Tokyo said China had blocked exports to Japan by slowing down administrative procedures in ports in Shanghai and Guangzhou to prevent materials being loaded on ships.',
  '"We heard from our officials in China that the shipping of rare earths (to Japan) was suspended on September 21," a spokesman for Japanese trading house Sojitz told AFP.',
  'Japan said Friday it would release the captain, arrested earlier this month after his trawler collided with two Japanese coastguard vessels in a disputed area of the East China Sea.',
  '"We heard from our Chinese trading partners that exports of rare earths to Japan are being stopped," another trader said, adding that Beijing had directly encouraged firms to slow or stop exports.',
  '|-- AFP',
]);

md(
  'btimes_2020-04-08_ge-comac-license.md',
  {
    title: 'GE granted license to supply engines to Chinese airplane maker COMAC',
    outlet: 'Business Times',
    date: '2020-04-08',
    url: 'https://www.btimesonline.com/articles/129986/20200408/ge-granted-license-to-supply-engines-to-chinese-airplane-maker-comac.htm',
  },
  `
General Electric was granted its previously requested license by the US government on Tuesday, April 7, 2020, permitting it to supply its latest airplane engines for China's new COMAC C919 passenger jet. The license was issued by the US Department of Commerce with permission from the Trump administration, according to reports.

GE had applied for a trade license for its CFM LEAP-1C jet engine earlier in the year. The government did not grant it immediately, saying it still needed to review the request.

In February, Trump publicly opposed a proposal that would have prevented US companies from supplying aircraft engines and other components to Chinese aircraft makers, saying in a tweet on February 18 that he wants China to buy US-built jet engines because they are "the best in the world."

Licenses like the one granted to GE are typically valid for four years and carry a defined quantity and value that must be followed to keep them valid.
`,
);

// ---------------------------------------------------------------- SYNTHETIC

md(
  'tariffledger_2025-06-28_what-was-traded.md',
  {
    title: 'The Tariff Ledger #112: What was traded against what',
    outlet: 'The Tariff Ledger',
    date: '2025-06-28',
    url: 'https://tariffledger.example/issues/112',
    author: 'Nora Castellanos',
  },
  `
**The Tariff Ledger** - a weekly newsletter for trade desks. Issue #112.

Good morning. This week Washington and Beijing finally put ink on the London framework. Here is our ledger of who gave what.

**The paper.** The framework was inked on Tuesday, June 24, according to two people briefed on it, two days before the president told a White House event that "we just signed with China yesterday." Beijing's commerce ministry confirmed the details on Friday, June 27.

**How we got here.** Negotiators met at Lancaster House on June 16-17, led on the American side by Treasury Secretary Howard Lutnick, Commerce's Jamieson Greer and Scott Bessent. (See Corrections.) The Geneva joint statement of May 12 had cut tariffs for 90 days; the fight since then has been about everything except tariffs.

**China's side of the ledger.** Review and approve export applications for the seven medium and heavy rare earths it put under licence on April 4, plus the magnets made from them. No quota, no volume, no timetable.

**America's side of the ledger.** Lift three export curbs imposed in late May and early June: electronic design automation (EDA) software, ethane, and jet engines and parts for COMAC. Keep Chinese students in US universities, which the president counts as a concession. Nothing on the entity list, nothing on advanced AI chips.

**The tariff number everyone misreads.** The president's "total of 55%" is a stack, not a new rate: it puts the 30% left in place after Geneva on top of roughly 25% in first-term Section 301 duties. Nothing in London changed the tariff schedule.

**Farm desk.** No soybean tonnage appears anywhere in the June framework. Growers who hoped magnets would buy them a market will have to wait.

*Next week: how the ethane letters actually work.*
`,
);

md(
  'tariffledger_2025-07-01_corrections.md',
  {
    title: 'Corrections: The Tariff Ledger #112',
    outlet: 'The Tariff Ledger',
    date: '2025-07-01',
    url: 'https://tariffledger.example/corrections/112',
    author: 'The Tariff Ledger editors',
  },
  `
**Corrections to issue #112 ("What was traded against what", June 28, 2025)**

An earlier version of issue #112 gave the wrong dates for the London talks. The talks at Lancaster House took place on June 9-10, 2025, not June 16-17.

The same issue misstated Howard Lutnick's post. Lutnick is the Commerce Secretary, not the Treasury Secretary; the US delegation was led by Treasury Secretary Scott Bessent, with Lutnick and US Trade Representative Jamieson Greer. Greer is not a Commerce Department official.

The rest of the issue, including the June 24 signing date we reported, stands. We regret the errors.
`,
);

txt('prairiegrainwire_2025-06-27_soy-left-out.txt', [
  '|PRAIRIE GRAIN WIRE -- FARM DESK',
  '|Soybeans left off the table as rare earth deal firms up',
  'KANSAS CITY, June 27 (Prairie Grain Wire) - The framework Washington and Beijing confirmed this week trades Chinese rare earth licences for the lifting of U.S. export curbs, and leaves American soybeans exactly where they were, grain traders said on Friday.',
  "China's commerce ministry said on Friday that China would review and approve export applications for controlled items while the United States would cancel a series of restrictive measures. The statement did not mention agriculture.",
  '"Rare earths bought the tech side a reprieve; nobody traded a single bushel," said Dana Kettering, senior analyst at Ridgeline Ag Advisors in Omaha. "Until there is a purchase number with a date on it, old-crop sales to China are zero and new-crop sales are zero."',
  'Kettering said the retaliatory duties China placed on U.S. farm goods in March remained in force, and that Brazilian beans were landing in Chinese ports at a discount.',
  'New-crop soybean futures ended slightly lower in Chicago on the day.',
  '|-- Reporting by Tom Hadley; editing by June Park',
]);

html('siliconledger_2025-11-12_affiliates-rule-paused.html', {
  title: 'The 50% rule is on ice: what the affiliates pause means for chip exporters',
  outlet: 'SiliconLedger',
  date: '2025-11-12',
  hash: '7f3a90',
  url: 'https://siliconledger.example/policy/affiliates-rule-paused',
  author: 'Kenji Albright',
  nav: ['Chips', 'AI', 'Policy', 'Supply Chain', 'Earnings', 'Podcast'],
  crumb: 'Policy > Export controls',
  byline: 'By Kenji Albright | November 12, 2025',
  footer: '&copy; 2025 SiliconLedger Media. SiliconLedger is a fictional publication.',
  body: [
    "The Commerce Department's so-called affiliates rule, which the Bureau of Industry and Security announced on September 30, stretched entity-list restrictions to any company that is 50% or more owned by listed parties. As of November 10 it is suspended for one year, part of the package agreed when President Trump met Xi Jinping in Busan.",
    "For compliance teams, the pause is the biggest item in the deal. Under the rule, thousands of Chinese subsidiaries that had never been named on the entity list would have needed licences overnight. Beijing's negotiators treated it as the American mirror image of their own October 9 rare earth rules, and the two were paused together.",
    '"The affiliates rule and the October 9 rare earth package were always going to be traded against each other," said Lena Fischbach, an export-control lawyer at Halden and Rowe. "One year for one year."',
    "The pause follows a summer of smaller swaps. In July, Washington lifted its licence requirement on chip design software; Synopsys, Cadence and Siemens together hold roughly 80% of China's chip design tools market, so the May ban had bitten hard. Nvidia was told it would get licences to sell its H20 accelerator, a concession Commerce Secretary Howard Lutnick tied directly to rare earth magnets.",
    'What the Busan package does not do: remove any company from the entity list, loosen the rules on advanced AI chips, or touch the foreign direct product rule.',
  ],
  related: [
    'H20 licences: what Nvidia actually got',
    'EDA vendors restore China access',
    'Explainer: the entity list in 5 charts',
    'Busan deal: the full text we do not have',
  ],
});

txt('freightpolicy-podcast_2025-11-04_transcript.txt', [
  '|FREIGHT & POLICY PODCAST -- EPISODE 87 TRANSCRIPT',
  '|"Ships, gas and magnets: the Busan trade-offs"',
  '|Recorded November 4, 2025. Host: Ray Dunmore. Guest: Marisol Okafor, shipping analyst, Tidewater Research.',
  'RAY DUNMORE: Marisol, the port fees on Chinese-built ships lasted less than a month. What happened?',
  'MARISOL OKAFOR: The U.S. started charging on October 14, at 50 dollars per net ton for vessels owned or operated by Chinese companies, with a separate schedule for Chinese-built ships. Beijing answered the same day with its own special port dues on U.S.-linked vessels. Then Busan happened, and both sides agreed to suspend the whole thing for a year from November 10.',
  'RAY DUNMORE: So the fees were a bargaining chip?',
  'MARISOL OKAFOR: The port fees were never really about ships; they were chips on the table. Washington suspended them, Beijing suspended its retaliation and its sanctions on the Hanwha units. One year for one year.',
  'RAY DUNMORE: And ethane? Listeners on the Gulf Coast remember tankers idling in June.',
  'OKAFOR: Ethane was the summer version of the same trade. The licence requirement came in at the start of June, the letters lifting it went out on July 2, and the ships sailed. Ethane is one of the few things China buys almost only from the U.S., which made it leverage for both sides.',
  'DUNMORE: Does anything in the Busan deal touch shipbuilding itself?',
  'OKAFOR: No. The U.S. says it will negotiate under Section 301 and keep working with Korea and Japan on shipyards. For carriers the practical effect is simple: no fees until November 2026.',
  '|[END OF TRANSCRIPT]',
]);

md(
  'dailymarketpulse_2025-07-05_ai-recap.md',
  {
    title: 'US-China Rare Earth Deal: Everything You Need To Know',
    outlet: 'DailyMarketPulse',
    date: '2025-07-05',
    url: 'https://dailymarketpulse.example/markets/us-china-rare-earth-deal-explained',
  },
  `
*This article was generated by AI.*

By DailyMarketPulse Staff

The United States and China have signed a historic agreement on rare earths, ending months of tension between the two largest economies in the world.

The deal was negotiated during talks in London in July, where Treasury Secretary Steven Mnuchin and Commerce Secretary Gina Raimondo met Chinese Vice Premier He Lifeng. The agreement was officially signed on June 28 and confirmed by China's Ministry of Commerce.

Under the agreement, China will lift export controls on all seventeen rare earths and will buy 50 million tonnes of American soybeans every year. In return the United States has lifted a dozen export controls, including restrictions on chip design software, ethane, and jet engines, and has cut tariffs on Chinese goods to 10%.

Experts say the deal is a win-win for both countries and will bring stability to global markets. Investors should watch rare earth stocks closely in the coming weeks.
`,
);

md(
  'hangareconomics_2025-07-09_comac-engines.md',
  {
    title: 'Engines flow to COMAC again: what the licence reversal means for the C919',
    outlet: 'Hangar Economics',
    date: '2025-07-09',
    url: 'https://hangareconomics.example/2025/07/09/comac-engines-reinstated',
    author: 'Tobias Wren',
  },
  `
The US Commerce Department restored GE Aerospace's export licences for COMAC on July 2, according to two industry sources, ending a suspension that had frozen deliveries of the engines China's flagship airliner cannot fly without.

The reinstated licences cover the CFM LEAP-1C, which powers the C919 narrowbody, and the GE CF34 for the C909 regional jet. The suspension was one of the countermeasures Washington imposed in late May after Beijing's April rare earth licensing slowed deliveries of magnets to US manufacturers.

"The engine licences were the cleanest thing Washington could give back," said Priya Venkataraman, principal at Aerodyne Consulting. "They hurt GE and Safran as much as they hurt COMAC, so reversing them cost almost nothing."

COMAC still depends on foreign suppliers for much more than engines, including avionics, auxiliary power units and flight controls from Honeywell and others. Venkataraman expects C919 deliveries to recover in the second half, though she cautioned that "anything licensed can be unlicensed again."
`,
);

txt('campuspolicywire_2025-06-12_chinese-students.txt', [
  '|CAMPUS POLICY WIRE',
  '|Trump post puts Chinese students back in the trade deal',
  'WASHINGTON, June 12 (Campus Policy Wire) - President Donald Trump\'s statement that Chinese students will keep "using our colleges and universities" has turned international enrollment into an item in the U.S.-China trade talks, two weeks after the State Department said it would aggressively revoke some Chinese students\' visas.',
  'About 277,000 Chinese students were enrolled at U.S. colleges in the last academic year, according to figures university groups cite, making China the second-largest source of international students after India.',
  '"We went from revocations to a bargaining chip in fifteen days," said Helen Marsh, director of international admissions at Lakeshore State University. "Families in Shanghai are asking us whether a visa now depends on magnets."',
  'Secretary of State Marco Rubio said on May 28 that the department would revoke visas of Chinese students with ties to the Communist Party or in critical fields. The administration has not said whether that policy has changed.',
  "China's commerce ministry did not mention students when it described the framework.",
  '|-- Campus Policy Wire staff',
]);

md(
  'btreview_2025-11-11_fentanyl-tariff-explainer.md',
  {
    title: 'Explainer: what is left of the fentanyl tariff',
    outlet: 'Border & Tariff Review',
    date: '2025-11-11',
    url: 'https://btreview.example/explainers/fentanyl-tariff-after-busan',
    author: 'Alma Reyes',
  },
  `
The fentanyl tariff is the oldest of this year's duties on China, and since November 10 it is half its former size.

**How it started.** President Trump imposed a 10% tariff on Chinese goods in February under the International Emergency Economic Powers Act (IEEPA), citing the flow of fentanyl precursor chemicals, and doubled it to 20% in March.

**What Busan changed.** After the October 30 meeting with Xi Jinping, the White House said it would cut the fentanyl tariff from 20% to 10% effective November 10, and an executive order signed on November 4 made it official. China, for its part, will stop shipments of certain designated chemicals to North America and tighten export controls on others worldwide.

**What remains.** The remaining 10% stays in place as leverage, US Trade Representative Jamieson Greer has said, and the executive order warns the rate could go back up if China fails to follow through. Beijing's account of the same deal reads differently: the commerce ministry says the US will "remove" the fentanyl tariffs, describing the 10 points that go as the whole of it.

**How it fits the bigger bargain.** The fentanyl cut is the US side of a trade in which China paused its October 9 rare earth rules and pledged soybean purchases. It is not tied to the export controls on chips or the entity list, which were handled separately.
`,
);

html('gulfenergydesk_2025-07-03_ethane-cargoes-resume.html', {
  title: 'Ethane cargoes head for China again after Commerce rescinds licence rule',
  outlet: 'Gulf Coast Energy Desk',
  date: '2025-07-03',
  hash: 'e71c44',
  url: 'https://gulfenergydesk.example/ngls/ethane-china-licence-rescinded',
  author: 'Marcus Bell',
  nav: ['Oil', 'Gas', 'NGLs', 'Petchem', 'Power', 'Data'],
  crumb: 'NGLs > Ethane',
  byline: 'By Marcus Bell | July 3, 2025',
  footer: '&copy; 2025 Gulf Coast Energy Desk (a fictional publication). Market data delayed 15 minutes.',
  body: [
    'The Commerce Department on July 2 sent letters to Enterprise Products Partners, Energy Transfer, Satellite Chemical USA and Vinmar International rescinding the licence requirement that had halted ethane exports to China.',
    'The requirement, imposed in late May and early June, was one of the countermeasures Washington adopted when China slowed its rare earth licences. Shipments, which had reached about 257,000 barrels per day in May, all but stopped in June, and at least one tanker diverted to India.',
    'At least eight vessels that had been idling along the Gulf Coast were heading to China on Wednesday, according to ship-tracking data.',
    '"Ethane was the cheapest chip the administration held," said Renee Okoro, an NGL analyst at Bayou Capital Markets. "China needs it, we have a glut of it, and the rare earth deal gave both sides cover to turn the taps back on."',
    'Ethane, used by Chinese crackers to make ethylene, competes with naphtha as a feedstock. Nearly half of US ethane exports go to China.',
  ],
  related: [
    'Mont Belvieu ethane prices rebound',
    'Energy Transfer earnings preview',
    'Explainer: why China buys US ethane',
    'VLEC orderbook at record',
  ],
});

md(
  'meridianmacro_2025-07-16_desk-note.md',
  null,
  `
MERIDIAN MACRO -- DESK NOTE -- 16 July 2025
Subject: US-China: the swap sheet, six weeks on

Bottom line: the London framework is a swap of Chinese rare earth licences for the lifting of US export controls. Both sides are delivering, slowly.

Timeline
- Geneva: truce reached on May 11; tariffs cut 115 points for 90 days.
- London, June 9-10: talks led by Commerce Secretary Howard Lutnick, with Treasury and USTR alongside; framework agreed "in principle".
- Framework signed June 24 (our Washington sources); Beijing confirmed details June 27.

What the US has eased so far (four measures)
1. EDA chip-design software licence requirement, rescinded early July.
2. Ethane export licences, rescinded early July.
3. GE / CFM engine licences for COMAC, reinstated early July.
4. Nvidia H20 licences, promised mid-July.

What China has delivered
- Faster approvals for magnets and the seven controlled rare earths; magnet exports to the US rebounding in June.
- No change to the April 4 licensing regime itself.

Not in the deal: soybeans, fentanyl tariffs, port fees, the entity list.

Risk: every item is reversible by letter. We would not price this as durable.
-- Meridian Macro research desk, for clients only
`,
);

md(
  'harborstreetjournal_2025-11-05_timeline.md',
  {
    title: 'Timeline: from Geneva to Busan, how the US-China rare earth bargain was built',
    outlet: 'Harbor Street Journal',
    date: '2025-11-05',
    url: 'https://harborstreetjournal.example/world/us-china-rare-earth-timeline',
    author: 'Evelyn Park',
  },
  `
A year of tit-for-tat ended, for now, in a one-year truce. Here is how rare earths became one item in a much bigger bargain.

**April 4** - China puts seven medium and heavy rare earths under export licensing: samarium, gadolinium, terbium, dysprosium, lutetium, scandium and yttrium, along with related magnets.

**May 12** - Geneva joint statement. Both sides cut tariffs for 90 days; US duties fall from 145% to 30%, China's from 125% to 10%.

**Late May - early June** - Washington answers slow rare earth licences with its own curbs: chip design software, ethane, jet engines.

**June 9-10** - London talks at Lancaster House. Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick and Trade Representative Jamieson Greer face Vice Premier He Lifeng and trade negotiator Li Chenggang.

**June 25** - President Trump says the deal was signed with China; he tells a White House event on June 26 "we just signed with China yesterday."

**June 27** - China's commerce ministry confirms the framework: China will review and approve export applications for controlled items, and the US will lift a series of restrictive measures.

**July 2-3** - The US rescinds the chip design software and ethane licence rules and lets GE resume engine shipments to COMAC.

**October 9** - China expands its controls to more elements and to foreign-made goods containing Chinese rare earths.

**October 30** - Trump and Xi meet in Busan. China pauses the October 9 rules for a year and pledges soybean purchases; the US halves the fentanyl tariff.

**November 1** - White House fact sheet sets out the deal, including the one-year suspension of the affiliates rule and of port fees on Chinese ships, both from November 10.
`,
);

html('heartlandagledger_2025-11-06_soy-commitments.html', {
  title: 'Soybean commitments: the numbers behind the Busan pledge',
  outlet: 'Heartland Ag Ledger',
  date: '2025-11-06',
  hash: '2b41f0',
  url: 'https://heartlandagledger.example/markets/soybeans/busan-pledge-numbers',
  author: 'Carl Jensen',
  nav: ['Markets', 'Grains', 'Livestock', 'Weather', 'Policy', 'Machinery', 'Classifieds'],
  crumb: 'Markets > Soybeans',
  byline: 'By Carl Jensen | November 6, 2025',
  footer: '&copy; 2025 Heartland Ag Ledger (a fictional publication). Futures quotes delayed.',
  body: [
    'China agreed to buy 12 million metric tons of U.S. soybeans by the end of 2025 and 25 million metric tons a year in 2026, 2027 and 2028, according to the White House account of the Busan meeting.',
    "Beijing has not published those numbers. China's side of the paperwork came on November 5, when its State Council Tariff Commission suspended the extra retaliatory duties on U.S. farm goods, including the 10% on soybeans, from November 10, while keeping a 10% tariff in place.",
    '"Twenty-five million a year gets us back to normal, not to a boom," said Gary Lindqvist, who farms 1,800 acres of soybeans and corn near Mankato, Minnesota. "And it only counts if the boats actually show up."',
    "The soybean pledge was part of the same bargain that paused China's October rare earth rules and halved the U.S. fentanyl tariff. In June, when the first rare earth framework was signed, farm goods were not part of the deal at all.",
  ],
  related: [
    'Basis report: Gulf soybean bids firm',
    'Sorghum: is China back?',
    'Farm aid package stalls in shutdown',
    'Brazil harvest outlook',
  ],
  signup: 'Get the Morning Grain Report. <a href="/newsletters">Sign up free</a>',
});

md(
  'magnetmonitor_2025-08-21_magnet-exports.md',
  null,
  `
Magnet Monitor | Data note | 21 August 2025

China's rare earth magnet exports to the US: the framework in numbers

Shipments of rare earth magnets from China to the United States jumped in June, rising more than 660% from May to 353 metric tons, according to data from China's General Administration of Customs. July brought a further rise to 619 tonnes, 75.5% above June, according to figures compiled by a Chinese consultancy from customs data, the first year-on-year increase since the April licensing rules took effect.

The rebound tracks the June framework: China agreed to review and approve export applications, and the US lifted its curbs on chip design software, ethane and jet engines in early July.

The licensing regime itself has not changed. Each shipment of the seven controlled rare earths, and of magnets containing them, still needs an approved application.

`,
);

console.log('articles written');
