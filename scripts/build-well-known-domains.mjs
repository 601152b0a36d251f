#!/usr/bin/env node
// Rebuilds src/rules/lists/well-known-domains.ts: the registrable domains whose links are no spam
// signal for the link-count, density, many-sites and off-site rules.
//
//   npm i --no-save top-sites@1.1.222 && node scripts/build-well-known-domains.mjs [--from top-sites.json]
//
// Sources, both named in the generated file's header:
// - the npm package `top-sites` (MIT; Moz's "Top 500" most linked-to domains, maintained and
//   republished by its author), reduced to registrable domains;
// - DEVELOPER_HOSTS below: documentation, standards and code hosts developers link to in comments
//   (language and framework docs, package registries, standards bodies, Q&A sites), curated here.
// Hosts on the shortener, free-host, page-host and messenger lists (src/rules/lists/hosts.ts) are
// left out: a link there can be anyone's page, so it is never "well-known".
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { getDomain } from 'tldts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'src', 'rules', 'lists', 'well-known-domains.ts');
const { values } = parseArgs({ options: { from: { type: 'string' } } });

/** Documentation, standards and code hosts (registrable domains) that technical comments cite. */
const DEVELOPER_HOSTS = [
  // code hosting and Q&A
  'github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'sourcehut.org', 'sr.ht', 'stackoverflow.com', 'stackexchange.com',
  'superuser.com', 'serverfault.com', 'askubuntu.com', 'mathoverflow.net', 'news.ycombinator.com', 'lobste.rs', 'lwn.net',
  // encyclopedias, papers, identifiers
  'wikipedia.org', 'wikimedia.org', 'wiktionary.org', 'wikidata.org', 'arxiv.org', 'doi.org', 'acm.org', 'ieee.org', 'semanticscholar.org',
  // standards bodies and registries of names
  'w3.org', 'whatwg.org', 'ietf.org', 'rfc-editor.org', 'iana.org', 'unicode.org', 'ecma-international.org', 'iso.org', 'owasp.org',
  'cve.org', 'mitre.org', 'nist.gov', 'semver.org', 'spdx.org', 'opensource.org', 'json.org', 'yaml.org', 'creativecommons.org',
  // package registries
  'npmjs.com', 'npmjs.org', 'jsr.io', 'pypi.org', 'crates.io', 'docs.rs', 'rubygems.org', 'packagist.org', 'nuget.org', 'pkg.go.dev',
  'hex.pm', 'hackage.haskell.org', 'cran.r-project.org', 'maven.apache.org', 'search.maven.org', 'mvnrepository.com', 'pub.dev',
  // languages, runtimes and their documentation
  'mozilla.org', 'python.org', 'nodejs.org', 'typescriptlang.org', 'rust-lang.org', 'go.dev', 'golang.org', 'ruby-lang.org',
  'php.net', 'perl.org', 'haskell.org', 'julialang.org', 'r-project.org', 'scala-lang.org', 'kotlinlang.org', 'swift.org',
  'elixir-lang.org', 'erlang.org', 'dart.dev', 'openjdk.org', 'java.com', 'oracle.com', 'llvm.org', 'gnu.org', 'kernel.org',
  'cppreference.com', 'isocpp.org', 'deno.com', 'deno.land', 'bun.sh', 'v8.dev', 'chromium.org', 'webkit.org', 'web.dev',
  'caniuse.com', 'ecma-international.org',
  // frameworks, tools and their sites
  'react.dev', 'reactjs.org', 'vuejs.org', 'angular.dev', 'angular.io', 'svelte.dev', 'vitejs.dev', 'vite.dev', 'nextjs.org',
  'nuxt.com', 'astro.build', 'webpack.js.org', 'esbuild.github.io', 'vitest.dev', 'jestjs.io', 'eslint.org', 'prettier.io',
  'tailwindcss.com', 'getbootstrap.com', 'jquery.com', 'expressjs.com', 'djangoproject.com', 'flask.palletsprojects.com',
  'palletsprojects.com', 'rubyonrails.org', 'laravel.com', 'symfony.com', 'spring.io', 'flutter.dev', 'docker.com', 'kubernetes.io',
  'helm.sh', 'terraform.io', 'hashicorp.com', 'ansible.com', 'git-scm.com', 'postgresql.org', 'mysql.com', 'mariadb.org',
  'sqlite.org', 'redis.io', 'mongodb.com', 'elastic.co', 'apache.org', 'nginx.org', 'debian.org', 'ubuntu.com', 'archlinux.org',
  'fedoraproject.org', 'freebsd.org', 'openbsd.org', 'kde.org', 'gnome.org', 'godbolt.org', 'regex101.com', 'jsfiddle.net',
  'letsencrypt.org', 'cloudflare.com', 'microsoft.com', 'apple.com', 'android.com', 'google.com', 'mozilla.net',
];

/**
 * Ranked high for reasons other than being a reference readers trust: domain marketplaces and
 * parking, CDNs and hosting that serve anyone's files, affiliate and product-sale networks, adult,
 * and the reserved example domain. Left out of the list whatever the ranking says.
 */
const RANKED_NOT_REFERENCES = [
  'afternic.com', 'brandbucket.com', 'buydomains.com', 'dan.com', 'domainmarket.com', 'dropcatch.com', 'hugedomains.com',
  'namebright.com', 'nicsell.com', 'perfectdomain.com', 'sedo.com', 'cointernet.com.co', 'go.co', 'akamaihd.net',
  'azurefd.net', 'alicdn.com', 'ebayimg.com', 'ggpht.com', 'googleapis.com', 'gstatic.com', 'ssl-images-amazon.com',
  'twimg.com', 'ytimg.com', 'doubleclick.net', 'secureserver.net', 'sakura.ne.jp', 'timeweb.ru', 'reg.ru', 'home.pl', 'ovh.com',
  'clickbank.net', 'hotmart.com', 'themeforest.net', 'chaturbate.com', 'example.com', 'enable-javascript.com', 'aboutads.info',
  'youronlinechoices.com', 'networkadvertising.org', 'thenai.org', 'privacyshield.gov', 'feedburner.com', 'addthis.com',
  'addtoany.com', 'taringa.net', 'wallpapers.com',
];

function loadTopSites() {
  const require = createRequire(import.meta.url);
  const path = values.from ?? (() => {
    try {
      return require.resolve('top-sites/top-sites.json');
    } catch {
      return '';
    }
  })();
  if (!path || !existsSync(path)) {
    console.error('build-well-known-domains: the top-sites package is not installed; run `npm i --no-save top-sites@1.1.222` or pass --from FILE.');
    process.exit(2);
  }
  const pkgPath = join(dirname(path), 'package.json');
  const pkg = existsSync(pkgPath) ? JSON.parse(readFileSync(pkgPath, 'utf8')) : { name: 'top-sites', version: '?', license: '?' };
  return { rows: JSON.parse(readFileSync(path, 'utf8')), pkg };
}

/** The host lists, straight from src/ (bundled with esbuild, which tsup brings). */
async function loadHostLists() {
  const dir = mkdtempSync(join(tmpdir(), 'spamsift-hosts-'));
  const out = join(dir, 'hosts.mjs');
  const esbuild = join(root, 'node_modules', '.bin', 'esbuild');
  execFileSync(esbuild, [join(root, 'src', 'rules', 'lists', 'hosts.ts'), '--bundle', '--format=esm', '--platform=node', `--outfile=${out}`, '--log-level=error']);
  try {
    return (await import(pathToFileURL(out).href)).NOT_WELL_KNOWN_LISTS;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function coveredBy(host, set) {
  for (let h = host; ; h = h.slice(h.indexOf('.') + 1)) {
    if (set.has(h)) return true;
    if (!h.includes('.')) return false;
  }
}

const { rows, pkg } = loadTopSites();
const lists = Object.values(await loadHostLists());
const notReference = new Set(RANKED_NOT_REFERENCES);
const excluded = (d) => notReference.has(d) || lists.some((set) => coveredBy(d, set));
const top = new Set();
const left = [];
for (const row of rows) {
  const host = String(row.rootDomain).toLowerCase().replace(/^www\./, '');
  const domain = getDomain(host, { allowPrivateDomains: false });
  if (!domain) continue;
  if (excluded(domain) || (host === domain && excluded(host))) left.push(host);
  else top.add(domain);
}
const dev = new Set(DEVELOPER_HOSTS.filter((d) => !excluded(d) && !top.has(d)));
const date = new Date().toISOString().slice(0, 10);
const fmt = (set) => {
  const words = [...set].sort();
  const lines = [];
  let line = ' ';
  for (const w of words) {
    const item = ` '${w}',`;
    if (line.length + item.length > 118) {
      lines.push(line);
      line = ' ';
    }
    line += item;
  }
  if (line.trim()) lines.push(line);
  return lines.join('\n');
};
const text = `// GENERATED by scripts/build-well-known-domains.mjs on ${date}; do not edit by hand, rerun the script.
// Widely used, reputable registrable domains: links to them are no spam signal for the link-count,
// density, many-sites and off-site rules (spam exists to place links to the spammer's sites, and a
// reference to Wikipedia or a GitHub pull request is not one).
// Sources:
// - npm package ${pkg.name}@${pkg.version} (licence: ${pkg.license}), Moz's Top 500 most linked-to domains:
//   ${top.size} registrable domains after leaving out ${left.length} hosts that are shorteners, free hosts,
//   page hosts, messengers or no reference (parking, CDNs, affiliate networks, adult; listed in the script);
// - ${dev.size} documentation, standards and code hosts developers link to, curated in the script.
// Subdomains match (developer.mozilla.org → mozilla.org), except hosts on the lists in hosts.ts
// (sites.google.com, docs.google.com, …), which are checked first and never count as well-known.

/** From the top-sites ranking. */
export const TOP_SITES_DOMAINS: readonly string[] = [
${fmt(top)}
];

/** Documentation, standards and code hosts. */
export const DEVELOPER_DOMAINS: readonly string[] = [
${fmt(dev)}
];
`;
writeFileSync(OUT, text);
console.log(`build-well-known-domains: wrote ${OUT}: ${top.size} top-sites domains, ${dev.size} developer domains, ${left.length} hosts left out.`);
