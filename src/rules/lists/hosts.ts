// Host lists the rules read, kept apart on purpose: a link to any of these says something about
// the comment (its destination is hidden, throwaway or anyone's), so none of them may ever count
// as "well-known" (well-known-domains.ts; test/rules/well-known.test.ts checks that no entry of
// one list is covered by the other, and scripts/build-well-known-domains.mjs leaves them out).

/** `host` or `host` in `set` by itself or any parent domain (`a.b.bit.ly` → `bit.ly`). */
export function hostInSet(host: string, set: ReadonlySet<string>): string | undefined {
  let h = host;
  for (;;) {
    if (set.has(h)) return h;
    const dot = h.indexOf('.');
    if (dot < 0) return undefined;
    h = h.slice(dot + 1);
  }
}

/** URL shorteners and redirectors: they hide the real destination from readers and filters. */
export const SHORTENERS: ReadonlySet<string> = new Set([
  'bit.ly', 'bitly.com', 'tinyurl.com', 'goo.gl', 't.co', 'ow.ly', 'is.gd', 'v.gd', 'cutt.ly', 'rebrand.ly',
  'shorturl.at', 'buff.ly', 'tiny.cc', 'rb.gy', 'bl.ink', 's.id', 't.ly', 'short.gy', 'lnkd.in', 'soo.gd',
  'clck.ru', 'qr.ae', 'adf.ly', 'shorte.st', 'bc.vc', 'ouo.io', 'shhort.com', 'hyperurl.co', 'tr.im', 'x.co',
  'su.pr', 'po.st', 'amzn.to', 'shrtco.de', 'tiny.one', 'cli.gs', 'snip.ly', 'yourls.org', 'linktr.ee',
  'urlz.fr', 'u.to', 'binbox.io', 'shorturl.com', 'zpr.io', 'gg.gg', 'lc.chat', 'youtu.be', 'onelink.me',
  'forms.gle', 'fb.me', 'g.co', 'dlvr.it', 'ift.tt', 'trib.al',
]);

/** Free site builders and blog hosts where throwaway landing pages live. */
export const FREE_HOSTS: ReadonlySet<string> = new Set([
  'blogspot.com', 'blogger.com', 'weebly.com', 'wixsite.com', '000webhostapp.com', 'webnode.com', 'jimdo.com', 'jimdofree.com',
  'yolasite.com', 'tumblr.com', 'sites.google.com', 'strikingly.com', 'site123.me', 'mystrikingly.com',
  'webflow.io', 'carrd.co', 'netlify.app', 'vercel.app', 'web.app', 'firebaseapp.com', 'glitch.me', 'ucoz.com',
  'ucoz.ru', 'narod.ru', 'wordpress.com', 'livejournal.com', 'hatenablog.com', 'over-blog.com', 'tilda.ws',
  'wix.com', 'herokuapp.com', 'github.io', 'gitlab.io', 'pages.dev', 'workers.dev', 'r2.dev', 'azurewebsites.net',
  'repl.co', 'replit.app', 'onrender.com', 'fly.dev', 'surge.sh', 'neocities.org',
]);

/**
 * Publish-anything page, document and file hosts: anyone can put a page there in a minute, so
 * phishing and scam notices link to them (a fake payment notice on a document host, a wallet
 * "claim" page on an IPFS gateway). Their parent sites are reputable; these hosts are not a
 * reference to anything.
 */
export const PAGE_HOSTS: ReadonlySet<string> = new Set([
  'docs.google.com', 'drive.google.com', 'storage.googleapis.com', 'firebasestorage.googleapis.com', 'googleusercontent.com',
  'script.google.com', 'telegra.ph', 'teletype.in', 'notion.site', 'medium.com', 'substack.com', 'hackmd.io', 'pastebin.com',
  'rentry.co', 'justpaste.it', 'paste.ee', 'dropbox.com', 'dropboxusercontent.com', '1drv.ms', 'onedrive.live.com',
  'sharepoint.com', 'sway.office.com', 'forms.office.com', 'mega.nz', 'mediafire.com', 'amazonaws.com',
  'blob.core.windows.net', 'web.core.windows.net', 'typeform.com', 'jotform.com', 'canva.site', 'my.canva.site',
  'linkin.bio', 'beacons.ai', 'taplink.cc', 'about.me', 'codepen.io', 'codesandbox.io', 'readthedocs.io', 'gitbook.io',
  // document, slide and file lockers, image and newsletter hosts: uploads by anyone
  'scribd.com', 'slideshare.net', 'issuu.com', 'calameo.com', '4shared.com', 'sendspace.com', 'zippyshare.com', 'rapidshare.com',
  'ziddu.com', 'yadi.sk', 'imgur.com', 'imageshack.us', 'photobucket.com', 'mailchi.mp', 'list-manage.com', 'windows.net',
  'surveymonkey.com', 'eventbrite.com', 'scoop.it', 'webnode.page', 'wp.com', 'fc2.com', 'liveinternet.ru', 'hatena.ne.jp',
  // IPFS gateways: content-addressed pages nobody can take down, a favourite of wallet-drainer phishing.
  'ipfs.io', 'dweb.link', 'cloudflare-ipfs.com', 'gateway.pinata.cloud', 'mypinata.cloud', 'w3s.link', 'nftstorage.link',
  'ipfs.w3s.link', 'fleek.co', '4everland.io', 'infura-ipfs.io', 'ipfs.fleek.co',
]);

/** Messenger invite and chat links: a way to take a conversation off the site. */
export const MESSENGER_HOSTS: ReadonlySet<string> = new Set([
  't.me', 'telegram.me', 'telegram.dog', 'wa.me', 'chat.whatsapp.com', 'api.whatsapp.com', 'm.me', 'signal.me',
  'discord.gg', 'line.me',
]);

/** Every host that must never count as well-known, for the well-known check and its tests. */
export const NOT_WELL_KNOWN_LISTS: Readonly<Record<string, ReadonlySet<string>>> = Object.freeze({
  shorteners: SHORTENERS,
  freeHosts: FREE_HOSTS,
  pageHosts: PAGE_HOSTS,
  messengers: MESSENGER_HOSTS,
});
