/**
 * A fake news site on 127.0.0.1 for the ingest tests: saved-page-like articles (navigation, ads, share
 * widgets, related links, comments, cookie banner, footer, JSON-LD / OpenGraph / <time>), a paywall stub, a
 * section page that is not an article, a huge page, a redirect, a 404, a PDF, and an RSS feed whose items
 * the test controls (with ETag / Last-Modified for conditional GETs). Every request is recorded.
 */
import type { IncomingHttpHeaders, Server } from 'node:http';
import { startLoopbackServer } from './loopback.js';

export interface NewsStory {
  path: string;
  title: string;
  outlet: string;
  author: string;
  published: string;
  /** Body paragraphs, as they must appear in the extracted article. */
  paragraphs: string[];
  layout: 'jsonld' | 'opengraph' | 'graph';
}

/** Page furniture that must never reach the extracted text. */
export const BOILERPLATE = [
  'Subscribe to our newsletter for the morning briefing',
  'Advertisement: Compare the best savings accounts of 2025',
  'We use cookies to improve your experience. Accept all cookies',
  'Most read: Ten gadgets you need this summer',
  'Most read: Celebrity chef opens third restaurant',
  'Great article, but what about soybeans? Nobody mentions the farmers.',
  'This is fake news, the deal will fall apart within a week.',
  'Share this article on Facebook',
  '© 2025 The Example Media Group. All rights reserved. Terms of use. Privacy policy.',
  'Sport Business Markets Politics Opinion Weather',
];

const NAV = `<header class="site-header"><a class="logo" href="/">Home</a>
<nav class="main-nav"><ul><li><a href="/sport">Sport</a></li> <li><a href="/business">Business</a></li> <li><a href="/markets">Markets</a></li> <li><a href="/politics">Politics</a></li> <li><a href="/opinion">Opinion</a></li> <li><a href="/weather">Weather</a></li></ul></nav>
<div class="nav-text" aria-hidden="true">Sport Business Markets Politics Opinion Weather</div>
<form class="search"><input type="search" placeholder="Search"></form></header>
<div id="cookie-banner" class="cookie consent">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<div class="ad ad-leaderboard" data-ad="top"><span class="ad-label">Advertisement: Compare the best savings accounts of 2025</span></div>`;

const ASIDE = `<aside class="sidebar most-read"><h3>Most read</h3><ol>
<li><a href="/a1">Most read: Ten gadgets you need this summer</a></li>
<li><a href="/a2">Most read: Celebrity chef opens third restaurant</a></li></ol></aside>
<div class="newsletter-signup promo"><p>Subscribe to our newsletter for the morning briefing</p><input type="email"><button>Sign up</button></div>`;

const COMMENTS = `<section id="comments" class="comments"><h3>Comments (2)</h3>
<div class="comment"><span class="comment-author">farmer_joe</span><p>Great article, but what about soybeans? Nobody mentions the farmers.</p></div>
<div class="comment"><span class="comment-author">skeptic99</span><p>This is fake news, the deal will fall apart within a week.</p></div></section>`;

const FOOTER = `<footer class="site-footer"><p>© 2025 The Example Media Group. All rights reserved. Terms of use. Privacy policy.</p>
<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul></footer>`;

const SHARE = `<div class="share-tools social"><a href="#">Share this article on Facebook</a> <a href="#">Share on X</a></div>`;

/** A saved news page in one of three layouts. */
export function newsPage(s: NewsStory, origin: string): string {
  const url = `${origin}${s.path}`;
  const paras = s.paragraphs.map((p, i) =>
    i === 2
      ? `<p>${escapeHtml(p)}</p>\n<div class="ad ad-inline"><span>Advertisement: Compare the best savings accounts of 2025</span></div>`
      : `<p>${escapeHtml(p)}</p>`,
  );
  const ld =
    s.layout === 'jsonld'
      ? `<script type="application/ld+json">${JSON.stringify({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: s.title,
          datePublished: `${s.published}T09:30:00+00:00`,
          author: [{ '@type': 'Person', name: s.author }],
          publisher: { '@type': 'Organization', name: s.outlet },
          mainEntityOfPage: url,
        })}</script>`
      : s.layout === 'graph'
        ? `<script type="application/ld+json">${JSON.stringify({
            '@context': 'https://schema.org',
            '@graph': [
              { '@type': 'WebPage', '@id': url, name: `${s.title} | ${s.outlet}` },
              {
                '@type': ['NewsArticle'],
                headline: s.title,
                datePublished: s.published,
                author: { name: s.author },
                publisher: { name: s.outlet },
              },
            ],
          })}</script><script type="application/ld+json">{ broken json</script>`
        : '';
  const og =
    s.layout === 'opengraph'
      ? `<meta property="og:title" content="${escapeHtml(s.title)}"><meta property="og:site_name" content="${escapeHtml(s.outlet)}">
<meta property="og:url" content="${url}"><meta property="article:published_time" content="${s.published}T07:00:00Z"><meta name="author" content="${escapeHtml(s.author)}">`
      : `<meta property="og:title" content="${escapeHtml(s.title)} - ${escapeHtml(s.outlet)}">`;
  const time = `<time datetime="${s.published}T09:30:00Z">${s.published}</time>`;
  const article =
    s.layout === 'opengraph'
      ? `<div class="story-body"><h1 class="headline">${escapeHtml(s.title)}</h1><div class="byline">By ${escapeHtml(s.author)} | ${time}</div>${SHARE}${paras.join('\n')}</div>`
      : `<article><h1>${escapeHtml(s.title)}</h1><p class="byline">By <a rel="author" href="/people/x">${escapeHtml(s.author)}</a>, ${time}</p>${SHARE}<div class="article-body">${paras.join('\n')}</div></article>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(s.title)} | ${escapeHtml(s.outlet)}</title>
<link rel="canonical" href="${url}">${og}${ld}
<script>window.dataLayer = [{ page: "article" }]; function track() { return 1; }</script>
<style>.ad { height: 90px }</style></head><body>${NAV}<main>${article}${ASIDE}${COMMENTS}</main>${FOOTER}
<script src="/static/app.js"></script></body></html>`;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Articles of a small story (a rare-earths framework) that agree, one that contradicts them, one that adds nothing. */
export const STORIES: Record<'agreeing' | 'contradicting' | 'repeating' | 'third' | 'talks', NewsStory> = {
  agreeing: {
    path: '/world/2025/06/27/rare-earths-framework-signed',
    title: 'US and China sign rare earths framework',
    outlet: 'Harbour Herald',
    author: 'Mara Quinn',
    published: '2025-06-27',
    layout: 'jsonld',
    paragraphs: [
      'WASHINGTON — The United States and China signed a framework on rare earth exports on June 25, officials from both governments said on Friday.',
      'The framework commits Beijing to approve export licences for rare earth magnets within weeks, while Washington will lift some export controls on chip design software.',
      'Commerce Secretary Howard Lutnick described the arrangement as a first step, saying the two sides would keep talking about the remaining trade barriers.',
      'Industry groups welcomed the news, although several analysts cautioned that the licensing process in China remains slow and opaque for foreign buyers.',
      'Carmakers in Europe and the United States have warned for months that shortages of rare earth magnets could halt production lines.',
    ],
  },
  contradicting: {
    path: '/business/rare-earths-deal-date',
    title: 'Rare earths pact was sealed earlier than announced',
    outlet: 'Coastal Ledger',
    author: 'Ibrahim Sato',
    published: '2025-06-28',
    layout: 'opengraph',
    paragraphs: [
      'The rare earths agreement between Washington and Beijing was signed on June 23, two days earlier than officials later suggested, according to documents seen by the Coastal Ledger.',
      'The documents show that negotiators finished the text over the weekend and that both delegations initialled every page before the public announcement.',
      'A spokesperson for the Commerce Department declined to comment on the timing, saying only that the framework was now in force and that export licences would follow.',
      'Analysts said the discrepancy matters little for manufacturers, who mostly care about how quickly the licences for rare earth magnets are approved.',
    ],
  },
  repeating: {
    path: '/markets/rare-earth-stocks-rally',
    title: 'Rare earth stocks rally after framework',
    outlet: 'Metro Markets Daily',
    author: 'Lena Fischer',
    published: '2025-06-29',
    layout: 'graph',
    paragraphs: [
      'Shares of rare earth miners rallied after the United States and China signed their framework on June 25, with several producers gaining more than ten percent.',
      'Investors bet that a steadier flow of export licences for rare earth magnets will support prices for processed materials outside China.',
      'Traders said the rally could fade if the licensing process proves as slow as it has been for most of the year, and volumes were lighter than usual.',
      'Fund managers added that the framework leaves many questions open, including which chip design software will be freed from export controls.',
    ],
  },
  talks: {
    path: '/world/rare-earths-follow-up-talks',
    title: 'Negotiators to meet again on rare earths',
    outlet: 'Coastal Ledger',
    author: 'Ibrahim Sato',
    published: '2025-07-01',
    layout: 'opengraph',
    paragraphs: [
      'Trade negotiators from the United States and China met in Geneva on July 8 to review how the rare earths framework is working in practice.',
      'The meeting is expected to focus on the pace of export licences, which European and American manufacturers say is still too slow for their needs.',
      'Neither side has said who will lead the delegations, and officials declined to say whether chip design software would be discussed.',
      'Industry groups have asked to be briefed after the meeting, arguing that they need more notice before planning their purchases for next year.',
    ],
  },
  third: {
    path: '/asia/rare-earths-explainer',
    title: 'What the rare earths framework means for buyers',
    outlet: 'Harbour Herald',
    author: 'Mara Quinn',
    published: '2025-06-30',
    layout: 'jsonld',
    paragraphs: [
      'Buyers of rare earth magnets outside China will still need export licences, and the framework does not say how long approvals will take.',
      'Officials in Beijing said the commerce ministry would review applications in the order they are received, with no favour shown to any country.',
      'Purchasing managers said they would keep larger stocks until the new rules had been tested over several months of real orders.',
      'The framework does not cover the processing equipment that China restricted separately last year, according to people who have read it.',
    ],
  },
};

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate: string;
}

export interface NewsSite {
  server: Server;
  origin: string;
  requests: { path: string; headers: IncomingHttpHeaders; status: number }[];
  /** Items of /feed.xml; change it between polls (the ETag follows). */
  feedItems: FeedItem[];
  close(): Promise<void>;
}

const PAYWALL = `<!DOCTYPE html><html><head><title>Rare earths: the inside story | The Premium Post</title>
<meta property="og:site_name" content="The Premium Post"></head><body>${NAV}<main><article><h1>Rare earths: the inside story</h1>
<p>The negotiations that produced the rare earths framework began months earlier than anyone knew.</p>
<div class="paywall"><h2>Subscribe to continue reading</h2><p>Already a subscriber? Sign in.</p><button>Subscribe now</button></div>
</article></main>${FOOTER}</body></html>`;

const SECTION = `<!DOCTYPE html><html><head><title>Business | Harbour Herald</title></head><body>${NAV}<main><h1>Business</h1>
<ul class="teasers">${Array.from({ length: 30 }, (_, i) => `<li><a href="/story/${i}">Headline number ${i} about markets and companies today</a> <span>2 min read</span></li>`).join('')}</ul>
</main>${FOOTER}</body></html>`;

function hugePage(): string {
  const filler = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.</p>\n';
  return `<!DOCTYPE html><html><head><title>Huge</title></head><body><article>${filler.repeat(20_000)}</article></body></html>`;
}

function rss(items: FeedItem[], origin: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Rare earths - news search</title><link>${origin}/</link>
<description>News about rare earths</description>${items
    .map(
      (i) =>
        `<item><title>${escapeHtml(i.title)}</title><link>${escapeHtml(i.link)}</link><guid>${escapeHtml(i.link)}</guid><pubDate>${i.pubDate}</pubDate><description>${escapeHtml(i.description)}</description></item>`,
    )
    .join('')}</channel></rss>`;
}

/** Starts the site on 127.0.0.1. */
export async function startNewsSite(): Promise<NewsSite> {
  const site = { requests: [] as NewsSite['requests'], feedItems: [] as FeedItem[] } as NewsSite;
  const pages = new Map(Object.values(STORIES).map((s) => [s.path, s]));
  const { server, url } = await startLoopbackServer((req, res, _body, path) => {
    const send = (status: number, type: string | null, body: string | Buffer, headers: Record<string, string> = {}) => {
      site.requests.push({ path, headers: req.headers, status });
      res.writeHead(status, { ...(type ? { 'content-type': type } : {}), ...headers });
      res.end(body);
    };
    const story = pages.get(path);
    if (story) return send(200, 'text/html; charset=utf-8', newsPage(story, url));
    switch (path) {
      case '/old-link':
        return send(301, null, '', { location: STORIES.agreeing.path });
      case '/loop':
        return send(302, null, '', { location: '/loop' });
      case '/premium/inside-story':
        return send(200, 'text/html', PAYWALL);
      case '/business':
        return send(200, 'text/html', SECTION);
      case '/huge': {
        // Streamed without a Content-Length, so only reading shows how large it is.
        site.requests.push({ path, headers: req.headers, status: 200 });
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(hugePage());
        return;
      }
      case '/report.pdf':
        return send(200, 'application/pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'));
      case '/feed.xml': {
        const body = rss(site.feedItems, url);
        const etag = `"${Buffer.from(body).length}-${site.feedItems.length}"`;
        if (req.headers['if-none-match'] === etag) return send(304, null, '', { etag });
        return send(200, 'application/rss+xml; charset=utf-8', body, {
          etag,
          'last-modified': new Date(Date.UTC(2025, 5, 28)).toUTCString(),
        });
      }
      default:
        return send(404, 'text/html', '<html><body><h1>Page not found</h1></body></html>');
    }
  });
  site.server = server;
  site.origin = url;
  site.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return site;
}
