// check() on the generated blog comments with every host made new (a first label unique to the
// comment and round, so neither the moderator's link cache nor any per-host memo ever hits; the
// registrable domains stay those of the pool): what a link change costs when no host repeats.
// Two builds alternate chunk by chunk, each trained on youtube; fastest round per chunk summed,
// CPU µs per comment (session 18a; bench/make-blog-comments.mjs draws hosts from a pool).
//   node bench/unique-hosts-compare.mjs BASE_DIST THIS_DIST [rounds]
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { loadBlogComments, loadShortComments, YOUTUBE } from './lib/speed-data.mjs';
const [baseDir, thisDir] = process.argv.slice(2, 4).map((d) => resolve(d));
const rounds = Number(process.argv[4] ?? 10);
const chunk = 20;
const builds = await Promise.all([baseDir, thisDir].map(async (d) => ({ mod: await import(join(d, 'index.js')) })));
const short = loadShortComments(YOUTUBE);
for (const b of builds) {
  b.m = b.mod.createModerator();
  for (const { comment, label } of short.items) b.m.learn(comment, label);
}
const items = loadBlogComments(500).items.map((i) => i.comment);
const HOST = /(https?:\/\/|@)(www\.)?([a-z0-9][a-z0-9-]*)\./gi;
const uniq = (c, tag) => {
  const f = (s) => (typeof s === 'string' ? s.replace(HOST, (_, p, w, h) => `${p}${tag}.${w ?? ''}${h}.`) : s);
  return { ...c, content: f(c.content), author: c.author && { ...c.author, url: f(c.author.url), email: f(c.author.email) } };
};
const load0 = loadavg()[0];
const best = builds.map(() => new Array(Math.ceil(items.length / chunk)).fill(Infinity));
for (let r = 0; r < rounds; r++) {
  const set = items.map((c, i) => uniq(c, `u${r}q${i}`));
  for (let k = 0; k * chunk < set.length; k++) {
    const part = set.slice(k * chunk, (k + 1) * chunk);
    const order = (r + k) % 2 === 0 ? [0, 1] : [1, 0];
    for (const b of order) {
      const t = process.cpuUsage();
      for (const c of part) builds[b].m.check(c);
      const u = process.cpuUsage(t);
      best[b][k] = Math.min(best[b][k], u.user + u.system);
    }
  }
}
const per = best.map((a) => a.reduce((s, x) => s + x, 0) / items.length);
console.log(`blog, hosts unique per comment and round: base ${per[0].toFixed(1)} µs, this ${per[1].toFixed(1)} µs, ${(100 * (per[1] / per[0] - 1)).toFixed(1)} %; load ${load0.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`);
