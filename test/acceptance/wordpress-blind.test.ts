// The blind WordPress-style sets, each written by an engineer who had not read the rules:
// fixtures/wordpress-blind.jsonl (session 7, docs/wordpress-blind-set.md),
// fixtures/wordpress-blind-2.jsonl (session 8, docs/wordpress-blind-set-2.md),
// fixtures/wordpress-blind-3.jsonl (session 9, docs/wordpress-blind-set-3.md),
// fixtures/wordpress-blind-4.jsonl (session 10, docs/wordpress-blind-set-4.md),
// fixtures/wordpress-blind-5.jsonl (session 11, docs/wordpress-blind-set-5.md),
// fixtures/wordpress-blind-6.jsonl and fixtures/wordpress-blind-7.jsonl (session 12,
// docs/wordpress-blind-set-6.md and docs/wordpress-blind-set-7.md), fixtures/wordpress-blind-8.jsonl
// fixtures/wordpress-blind-9.jsonl, fixtures/wordpress-blind-10.jsonl and
// fixtures/wordpress-blind-11.jsonl, -12.jsonl and -13.jsonl (session 13,
// docs/wordpress-blind-set-8.md to -13.md), fixtures/wordpress-blind-14.jsonl and -15.jsonl
// (session 14, docs/wordpress-blind-set-14.md and -15.md). An untrained
// moderator must decide none of their approvable ham spam, hold at most what it held when each set
// was measured, and keep flagging the spam it flagged then. Issue 10 asks 80 % on real WordPress
// dumps; these floors are not that target, they stop a change from losing ground on comments the
// rules were not written against (bench/wordpress-blind.mjs --set FILE prints the table per category).
// Floors, spam flagged (default / rules alone):
// - set 1: 73 / 65 of 102 after session 7's rules (62 / 49 before), 79 / 73 after session 8's,
//   81 / 78 after session 10's, 83 / 79 after session 12's stale-browser rule, whose rules alone hold one more of its ham (a 35-word thanks that
//   reports the reader's own bake, read as padded spun flattery by TEXT_SPUN_FLATTERY_PADDED:
//   held, never decided spam; the rule's four other holds on this set are spam), so its rules-alone
//   ceiling is 1;
// - set 2: 96 / 85 of 130 measured blind against session 7's rules, 104 / 95 after session 8's,
//   109 / 100 after session 9's, 107 / 100 after session 10's (the starter's bias re-picked on the
//   corpora, +6 → +5.5, gives fewer points: 2 fewer flagged here, and 1 / 2 / 1 on the other sets),
//   108 / 101 after session 11's, 113 / 105 after session 12's stale-browser rule;
// - set 3 (fixtures/wordpress-blind-3.jsonl, session 9, docs/wordpress-blind-set-3.md): 94 / 69 of
//   140 measured blind against session 8's rules (2 / 0 ham held), 100 / 84 after session 9's rules,
//   whose engineer never saw it (1 / 0 held), 102 / 90 after session 10's (its per-category table
//   had been read by then), 104 / 93 after session 11's, 104 / 95 after session 12's stale-browser rule;
// - set 4 (session 10): 115 / 94 of 166 measured blind against session 9's rules (2 / 1 ham held),
//   115 / 96 after session 10's rules, whose engineers never saw it (116 / 96 with the starter's
//   old bias), 123 / 104 after session 11's (whose rule engineer was told its weak categories in
//   general terms, never its rows), 127 / 111 after session 12's stale-browser rule;
// - set 5 (session 11): 114 / 95 of 158 measured blind against session 10's rules (5 / 4 ham held),
//   115 / 97 after session 11's rules, whose engineer never saw it, 118 / 99 after session 12's
//   stale-browser rule (META_STALE_BROWSER, written on sets 1–5 before set 6 existed);
// - set 6 (session 12): 103 / 95 of 154 measured blind against session 11's rules (2 / 2 ham held),
//   109 / 97 with the stale-browser rule, measured on it before any other session-12 rule, 115 / 103
//   after session 12's blog rules, whose engineer never saw it.
// - session 12's blog rules (docs/cold-start-session12.md; designed on sets 1-4, set 5 measured by its
//   totals first: 117 / 101 held out, then read) with the stale-browser rule: 84 / 80, 116 / 109,
//   112 / 104, 137 / 121 and 125 / 108 on sets 1-5, ham held unchanged.
// - session 12's second pass (rules-12b: scraper pingbacks, owner pitches that ask for a call, paid
//   link requests, betting terms; designed on sets 1-5, set 6 measured by its totals first: 118 / 107
//   held out, then read): 87 / 83, 117 / 110, 114 / 106, 141 / 125, 130 / 113 and 122 / 111 on
//   sets 1-6, ham held unchanged.
// - set 7 (session 12, written while the blog rules above were being merged): 117 / 101 of 162
//   against session 11's rules (3 / 2 ham held), 122 / 110 with the stale-browser rule, 131 / 119
//   after session 12's first blog rules, measured blind before any later rule; 133 / 121 after the
//   second pass, whose engineer never saw it.
// - the starter rebuilt by its own script (session 12: the shipped file's calibration had not been
//   rebuilt since the calibration code changed; weights and vocabulary unchanged): one more spam
//   flagged on sets 1, 4 and 6 (88, 142, 123), and set 6's ceiling 2 → 4 (two hard ham at 0.48 and
//   0.49, an SEO worker's and a refinancer's comments, now at 0.50 and 0.51: held, never spam).
// - set 8 (session 13, docs/wordpress-blind-set-8.md): 116 / 97 of 159 measured blind against
//   session 12's rules (2 / 0 ham held), before any session-13 rule was merged.
// - set 9 (session 13, docs/wordpress-blind-set-9.md; four whole sites' dumps, written beside set 8 by
//   another engineer): 114 / 99 of 156 measured blind against session 12's rules (0 / 0 ham held).
// - set 10 (session 13, docs/wordpress-blind-set-10.md; written while session 13's rules were being
//   written, by an engineer who never saw them): 119 / 109 of 159 measured blind against session
//   12's rules (5 / 2 ham held: two comments that use "SEO" in their trade, a business owner's, a
//   crypto word and a pingback; held, never decided spam).
// - set 11 (session 13, docs/wordpress-blind-set-11.md; four whole sites' dumps, written beside set
//   10): 126 / 110 of 154 measured blind against session 12's rules (2 / 1 ham held).
// - session 13's blog rules (docs/cold-start-session13.md: adverts in another script than the post,
//   Latin brands glued to a CJK descriptor as the author name, short praise in nine more languages
//   under a selling URL, owner pitches that close without a question, English praise words the
//   classes lacked, local trades as author names in ten more languages; designed on sets 1-6, set 7
//   measured by its totals first): 91 / 87, 122 / 116, 119 / 112, 145 / 131, 136 / 121 and
//   131 / 120 on sets 1-6, ham held unchanged.
//   Set 7, held out (its totals and category table only): 133 / 121 → 136 / 124; after reading its
//   rows, with the second pass (LINK_RESOURCE_PLUG: the on-topic comment that ends on a shop's
//   guide): 141 / 130, ham held unchanged on every set.
// - session 13's rules-13b (shop adverts in any language, links placed for a business and pitched to
//   readers, dating cards, freelancers' offers of work; designed on sets 1-7 and 9, set 8 measured by
//   its totals first: 119 / 101 held out, then read): 90 / 85, 120 / 113, 117 / 109, 147 / 132,
//   138 / 122, 132 / 120, 139 / 128, 121 / 103 and 129 / 114 on sets 1-9, ham held unchanged.
// - both session-13 rule branches merged: 91 / 87, 124 / 118, 119 / 112, 148 / 135, 141 / 127,
//   136 / 125, 144 / 134, 123 / 105 and 129 / 115 on sets 1-9; sets 10 and 11, which neither rule
//   engineer saw, 119 / 109 → 123 / 112 (rules-13 alone) → 128 / 117, and 126 / 110 → 127 / 111 →
//   130 / 116; ham held unchanged on every set.
// - sets 12 and 13 (session 13, docs/wordpress-blind-set-12.md and -13.md; written after both rule
//   branches were merged, by engineers who never saw the rules): 102 / 92 of 150 (4 / 0 ham held)
//   and 134 / 122 of 184 measured blind on them (4 / 2 held, and one ham decided spam: a tip about
//   a campsite's electric hook-up, read as an adult word); with 'hookup' out of the adult words,
//   133 / 121 and no ham decided spam.
// - sets 14 and 15 (session 14, docs/wordpress-blind-set-14.md and -15.md; written at the session's
//   start by two engineers who had read neither the rules nor the earlier sets; set 15 is four whole
//   sites' dumps; about a fifth of both sets' ham arrives months after its post): 129 / 119 of 162
//   (2 / 0 ham held) and 107 / 96 of 160 (2 / 0 held) measured blind against session 13's rules,
//   before any session-14 rule was merged.
// - sets 16 and 17 (session 14, docs/wordpress-blind-set-16.md and -17.md; written while session
//   14's rules were being written, by two engineers who never saw them; set 17 is four whole sites'
//   dumps): 110 / 100 of 151 (2 / 2 ham held) and 108 / 99 of 153 (4 / 1 held) measured blind against
//   session 13's rules, before any session-14 rule was merged.
// - session 14's rules-14b (owner pitches by a one-person seller or quoting a rate, spun flattery
//   that drops "you" in ten more languages, Chinese "done for you" adverts, praise with an invitation
//   to the writer's own site; designed on sets 1-11, sets 12 and 13 measured by their totals first:
//   104 / 95 and 134 / 123 held out, then read): 91 / 87, 124 / 118, 119 / 112, 149 / 136,
//   142 / 128, 137 / 126, 147 / 137, 126 / 108, 129 / 116, 132 / 121 and 131 / 117 on sets 1-11;
//   sets 12 and 13 after the second pass 106 / 97 and 136 / 125; ham held unchanged on every set.
//   On sets 14-17, which its engineer never saw: 132 / 122, 107 / 96, 111 / 101 and 108 / 98 (set
//   17's rules alone lose one: with the post title folded like the body, a brand-name author's
//   comment now names the post's topic, so AUTHOR_URL_GENERIC_COMMENT no longer fires on it).
// - session 14's on-topic rules (docs/cold-start-session14.md: the signer's identity against the
//   author URL, the topic echo by its stem, thanks in more languages, "I made a guide for anyone"
//   plugs; designed on sets 1-11, sets 12 and 13 measured by their totals first: 104 / 94 and
//   133 / 121 held out, then read, adding the inner-page author URL and the resource plug's closing
//   clause): 91 / 87, 124 / 118, 121 / 114, 150 / 138, 143 / 129, 141 / 131, 144 / 134, 124 / 106,
//   133 / 119, 131 / 120, 135 / 121, 108 / 98 and 139 / 128 on sets 1-13, ham held unchanged.
// - both session-14 rule branches merged: 91 / 87, 124 / 118, 121 / 114, 151 / 139, 144 / 130,
//   141 / 131, 147 / 137, 127 / 109, 133 / 120, 135 / 124, 136 / 122, 112 / 103 and 142 / 132 on
//   sets 1-13; on sets 14-17, which neither rule engineer saw, 129 / 119 -> 133 / 123, 107 / 96 ->
//   115 / 104, 110 / 100 -> 112 / 102 and 108 / 99 -> 113 / 104 (454 -> 473 of 626 with the
//   starter); ham held unchanged on every set, no ham decided spam.
// - sets 18 and 19 (session 14, docs/wordpress-blind-set-18.md and -19.md; written after both
//   rule branches above were merged, by two engineers who never saw the rules; set 19 is four whole
//   sites' dumps): 104 / 91 of 146 (2 / 2 ham held) and 119 / 106 of 152 (2 / 1 held) measured blind
//   (99 / 86 and 116 / 104 with the session's starting code).
// - session 14c's pingback and link-drop rules (docs/cold-start-session14c.md: selling link
//   notifications, bare and captioned link drops; designed on sets 1-15, sets 16 and 17 measured
//   by their totals first: 113 / 104 and 117 / 108 held out): 91 / 87, 124 / 118, 121 / 114,
//   151 / 140, 144 / 131, 142 / 132, 147 / 137, 130 / 113, 137 / 124, 139 / 129, 139 / 127,
//   113 / 104, 144 / 135, 134 / 124, 118 / 107, 113 / 104 and 117 / 108 on sets 1-17; ham held
//   unchanged on every set (the same rows), no ham decided spam.
//   On sets 18 and 19, which its engineer never saw (written after the first two branches were
//   merged): 104 / 91 -> 106 / 93 and 119 / 106 -> 122 / 110, ham held unchanged.
// - sets 20 and 21 (session 15, docs/wordpress-blind-set-20.md and -21.md; written while the
//   session's rules were being written, by two engineers who never saw the rules; set 21 is four
//   whole sites' dumps): 124 / 114 of 155 (4 / 0 ham held) and 119 / 103 of 156 (2 / 0 held)
//   measured blind on session 14's rules. Set 22 (session 15, the same; docs/wordpress-blind-set-22.md):
//   134 / 123 of 153 (4 / 1 held) measured blind on session 14's rules. Set 23 (session 15, the
//   same; four whole sites' dumps; docs/wordpress-blind-set-23.md): 130 / 120 of 180 (4 / 2 held).
// - session 15's owner-pitch and price-inquiry rules (docs/cold-start-session15.md: the link deal
//   paid in kind or asked about, the offer named by a verb and the seller's clientele, the site's
//   own address, the owner greeted by role, starting prices, the inquiry in more languages; designed
//   on sets 1-17, sets 18 and 19 measured by their totals first: 111 / 99 and 124 / 112 held out,
//   then read): 91 / 87, 125 / 120, 121 / 114, 151 / 141, 148 / 136, 143 / 135, 148 / 139,
//   133 / 117, 138 / 125, 139 / 129, 140 / 130, 122 / 114, 148 / 140, 141 / 132, 127 / 117,
//   117 / 109 and 126 / 117 on sets 1-17, and 114 / 102 and 129 / 117 on sets 18 and 19 after the
//   second pass; ham held unchanged on every set (the same rows), no ham decided spam.
// - session 15c's phishing, support-line and business-author rules (docs/cold-start-session15c.md:
//   account and parcel notices by their roles in any language, a brand's or a desk's number to
//   call, a trade or spam-trade name under a line that names nothing of the post; designed on sets
//   1-17, sets 18 and 19 measured by their totals first: 108 / 97 and 124 / 115 held out): 95 / 91,
//   124 / 119, 126 / 120, 151 / 140, 145 / 135, 144 / 134, 149 / 140, 136 / 118, 141 / 132,
//   143 / 136, 140 / 129, 118 / 108, 152 / 141, 136 / 126, 123 / 112, 126 / 114 and 121 / 113 on
//   sets 1-17; ham held unchanged on every set (the same rows), no ham decided spam. After reading
//   sets 18 and 19's rows (second pass: technicians and "talk to" on support lines, rebate and
//   renewal notice words): 110 / 99 and 125 / 116, ham held unchanged, sets 1-17 unchanged.
// - session 15b's on-topic and spun-flattery changes (docs/cold-start-session15b.md: no first person
//   under a stranger's site, a name in another script, spun flattery with a greeting and a promise
//   but no praise word; designed on sets 1-17, sets 18 and 19 measured by their totals first: 106 / 93
//   and 122 / 110 held out, unchanged from main): 91 / 87, 124 / 118, 123 / 116, 151 / 140,
//   144 / 131, 143 / 132, 147 / 137, 130 / 113, 137 / 124, 140 / 130, 139 / 127, 113 / 104,
//   144 / 135, 136 / 126, 123 / 112, 115 / 106 and 122 / 113 on sets 1-17; ham held unchanged on
//   every set (the same rows), no ham decided spam.
// - the three session-15 rule branches merged (owner pitches and price inquiries; phishing, support
//   lines and business names as author, with the lead's surname fix; the impersonal on-topic comment
//   and unpraised spun flattery): on sets 20-23, which no rule engineer saw, 124 / 114 -> 128 / 122,
//   119 / 103 -> 124 / 110, 134 / 123 -> 138 / 129 and 130 / 120 -> 137 / 130 (507 -> 527 of 644 with
//   the starter), ham held unchanged (4, 2, 4, 4), none decided spam; floors re-taken on every set.
// - sets 24 and 25 (session 15, docs/wordpress-blind-set-24.md and -25.md; written after the
//   session's three rule branches were merged, by two engineers who never saw the rules; set 25 is
//   four whole sites' dumps): 129 / 112 of 153 (2 / 1 held) and 107 / 93 of 146 (3 / 0 held)
//   measured blind (122 / 107 and 100 / 84 with the session's starting code); set 25's one ham
//   decided spam (a reader's NHS link) is ham since the public-body fix.
// - session 15d's referral sign-up link under a vague comment (docs/cold-start-session15d.md: a
//   referral or invite code in the author URL or a link, ?ref=, inviteCode=, /join/<code>, under a
//   short comment that names nothing of the post; designed on sets 1-19, sets 20-23 measured by their
//   totals only): set 5 149 / 140 -> 151 / 143, the other sets 1-19 unchanged; on sets 20-23 held out,
//   128 / 122, 124 / 110 and 138 / 129 unchanged, set 23 137 / 130 -> 143 / 136 (527 -> 533 of 644);
//   ham held unchanged on every set (the same rows), no ham decided spam.
// - sets 26-29 (session 16, docs/wordpress-blind-set-26.md to -29.md; written at the session's start by
//   four engineers who never saw the rules, set 26 on 12 blogs, sets 27-29 four whole sites' dumps
//   each; no rule engineer opens them): measured blind with the session's starting code (e091978),
//   118 / 107 of 147, 133 / 126 of 147, 123 / 113 of 157 and 120 / 109 of 151 (361 + 133 = 494 of
//   602 with the starter), ham held 1 / 0, 3 / 1, 4 / 2 and 5 / 2, none decided spam.
// - session 16c's bot probes, phishing and flattery (docs/cold-start-session16c.md: probes with no
//   random string, keyboard-mashed fields, a notice's page host as the author URL, generic praise
//   under a stranger's site; designed on sets 1-23, sets 24 and 25 measured by their totals first:
//   129 / 112 -> 133 / 116 and 107 / 93 -> 112 / 98 held out, then 136 / 119 and 113 / 99 after a
//   second pass that read them): sets 1-23 3127 -> 3156 of 3542 with the starter, 2924 -> 2963
//   rules only; ham held unchanged on every set (the same counts), no ham decided spam.
// - session 16d's long tail of trades (docs/cold-start-session16d.md: gambling, loan, essay,
//   pharmacy, replica and forged-document vocabulary in the languages they are spammed in, their
//   unspaced-script terms, TEXT_TRADE_CONTACT, dating words, pingback sales calls; designed on sets
//   1-23, sets 24 and 25 measured by their totals first: 131 / 114 and 108 / 94 held out, then
//   read): sets 1-23 3127 -> 3181 of 3542 with the starter (2924 -> 2983 rules alone), sets 24 and
//   25 129 / 112 -> 134 / 116 and 107 / 93 -> 111 / 97; ham held unchanged on every set (the same
//   rows), no ham decided spam; floors re-taken on every set.
// - session 16b's owner pitches without "your website" and foreign-language adverts by their
//   multi-word moves (docs/cold-start-session16b.md: the terms, the wanted result or a call asked
//   standing for the owner's property, the owner greeted by role, the imperative close, the seller
//   signed in the author name or never saying "you"; Vietnamese advert phrases and inflection gaps;
//   designed on sets 1-23, sets 24 and 25 measured by their totals first: 129 / 112 -> 130 / 113 and
//   107 / 93 unchanged held out, then 130 / 113 and 114 / 100 after reading their rows): on sets 1-23,
//   3127 -> 3166 with the starter and 2924 -> 2970 rules alone; ham held unchanged on every set (the
//   same rows), no ham decided spam; floors re-taken on every set.
// - session 16's machine-written on-topic comment (docs/cold-start-session16.md: a person's name over
//   the company's own address, a stranger's site named after the post's topic, first-person words in
//   13 more languages; designed on sets 1-23, sets 24 and 25 measured by their totals first: 129 / 112
//   and 108 / 94 held out; then, after reading them, a comment on the site's own trade): set 8
//   139 / 122 -> 143 / 127, set 10 144 / 137 -> 145 / 139, set 12 127 / 118 -> 132 / 123, set 13
//   156 / 146 -> 160 / 150, set 15 137 / 127 -> 139 / 129, set 17 135 / 127 -> 138 / 130, set 20
//   128 / 122 -> 132 / 126, set 22 138 / 129 -> 140 / 131, set 25 107 / 93 -> 110 / 98, the other
//   sets unchanged; ham held unchanged on every set (the same rows), no ham decided spam.
// - session 16's four rule branches and the red team merged, with the lead's pingback fix (a blogger's
//   "a wasted order" was a sales call): on sets 26-29, which no rule engineer saw, 118 / 107 ->
//   124 / 113, 133 / 126 -> 135 / 129, 123 / 113 -> 132 / 123 and 120 / 109 -> 125 / 118 (494 -> 516
//   of 602 with the starter), ham held unchanged (1, 3, 4, 5), none decided spam; floors re-taken on
//   every set.
// - session 17's machine-written on-topic comment (docs/cold-start-session17.md: an English comment
//   under a title in another Latin-script language, a person's mailbox tagged with the promoted site's
//   trade, a business signed as itself with nothing in the first person; designed on sets 1-27, 30 and
//   31, sets 28 and 29 measured by their totals first: 132 / 123 and 125 / 118 held out, unchanged):
//   set 6 147 / 138 -> 148 / 139, set 9 146 / 137 -> 147 / 139, set 14 149 / 142 -> 150 / 143, set 16
//   137 / 128 -> 138 / 129, set 21 138 / 125 -> 140 / 127, set 22 143 / 136 -> 146 / 140, set 23
//   156 / 151 -> 158 / 153, set 24 143 / 124 -> 145 / 126 (one of them after sets 28 and 29 were read:
//   "a", "i", "no", "do" no longer make a title English), set 26 124 / 113 -> 125 / 114, the other
//   sets unchanged; ham held unchanged on every set (the same rows), none decided spam.
// - the lead's two readings after the blind approvable-only set 30 (test/acceptance/wordpress-blind-ham.test.ts):
//   a link to the post's own site is not a placed link, and a trade's vocabulary under a post whose
//   title uses it is the page's topic: set 2 122 -> 121 rules alone, set 10 152 -> 151 with the
//   starter; ham held 4 -> 3 on sets 6 and 28 (default) and 4 -> 3 on set 5 (rules alone); the other
//   sets unchanged, none decided spam.
// - session 17b's business short praise and spun flattery's other promise forms
//   (docs/cold-start-session17b.md; designed on sets 1-27, sets 28 and 29 measured by their totals
//   first: 132 / 123 -> 135 / 127 and 125 / 118 -> 129 / 124 held out, then 136 / 128 and 130 / 126
//   after reading them): on sets 1-27, 3801 -> 3830 with the starter and 3576 -> 3617 rules alone;
//   ham held unchanged on every set (the same rows), none decided spam; floors re-taken on every set.
// - session 17c's link drops, pingback spam, phishing and dating (docs/cold-start-session17c.md: a
//   section page as a shop's link, the notice's own link and salutation, the dating card's age, the
//   slug that names the post's topic; designed on sets 1-27, 30 and 31, sets 28 and 29 measured by
//   their totals first: 132 / 123 -> 132 / 123 and 125 / 118 -> 126 / 119 held out, then 133 / 124 and
//   128 / 121 after reading them): sets 1-27 3801 -> 3825 of 4135 with the starter (3576 -> 3602 rules
//   alone); ham held unchanged on every set (the same rows), none decided spam; floors re-taken.
// - sets 32 (12 blogs) and 33 (four whole sites' dumps), written at session 17's start by engineers
//   who had not read the rules and measured on the start code (fefa109) before any merge: 141 / 133
//   and 133 / 129 (ham held 1 / 0 and 4 / 0); no rule engineer opened them. After merging rules-19a to
//   19d and the lead's two fixes: 144 / 138 and 136 / 132, ham held unchanged, none decided spam.
// - set 36 (session 18, docs/wordpress-blind-set-36.md; four whole sites' dumps: a removals firm, a
//   swim school, a record shop and a Gujarati harmonium workshop), written at session 18's start by an
//   engineer who had not read the rules, measured on the start code (fd61f55) before any change: 125 /
//   121 of 156 (80.1 / 77.6 %), ham held 2 / 0, none decided spam. The session's three general fixes
//   for set 37's ham (docs/cold-start-session18.md) change no row of sets 1-36 but 4 spam held instead of
//   blocked.
// - rules-18 (docs/cold-start-session18r.md: the on-topic comment's one link to a host built of its own
//   words, LINK_KEYWORD_HOST; the cold pitch to the owner read by its offer's terms,
//   TEXT_OWNER_SERVICE_TERMS; designed on sets 1-31, 34, 35, held out on 32 and 33 by totals: 144 / 138
//   → 144 / 138 and 136 / 132 → 140 / 136; set 36 never opened by its engineer: 125 / 121 → 130 /
//   126), ham held unchanged on every set, none decided spam; floors re-taken on every set.
// - set 38 (session 18, docs/wordpress-blind-set-38.md; four whole sites' dumps: an optician, a karate
//   club, a barber's and a Bosnian rafting camp), written late in session 18 by an engineer who had not
//   read the rules, measured once by its totals on the session's final code: 130 / 123 of 155, ham held
//   3 / 0, none decided spam (with the starting code 126 / 119 and 1 decided spam).
import { describe, expect, it } from 'vitest';
import { createModerator, type ModeratorOptions } from '../../src/index.js';
import { commentOf as comment, readLabeled as read } from '../fixtures/blind-set.js';

interface Case {
  file: string;
  minHam: number;
  minSpam: number;
  runs: [name: string, options: ModeratorOptions, spamFlaggedFloor: number, hamHeldCeiling: number][];
}

const SETS: Case[] = [
  {
    file: 'wordpress-blind.jsonl',
    minHam: 60,
    minSpam: 80,
    runs: [
      ['default options (rules and the starter)', {}, 97, 1],
      ['the rules alone', { starter: false }, 94, 1],
    ],
  },
  {
    file: 'wordpress-blind-2.jsonl',
    minHam: 80,
    minSpam: 100,
    runs: [
      ['default options (rules and the starter)', {}, 127, 3],
      ['the rules alone', { starter: false }, 123, 0],
    ],
  },
  {
    file: 'wordpress-blind-3.jsonl',
    minHam: 100,
    minSpam: 130,
    runs: [
      ['default options (rules and the starter)', {}, 131, 1],
      ['the rules alone', { starter: false }, 125, 0],
    ],
  },
  {
    file: 'wordpress-blind-4.jsonl',
    minHam: 110,
    minSpam: 160,
    runs: [
      ['default options (rules and the starter)', {}, 152, 2],
      ['the rules alone', { starter: false }, 146, 1],
    ],
  },
  {
    file: 'wordpress-blind-5.jsonl',
    minHam: 110,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 153, 5],
      ['the rules alone', { starter: false }, 148, 3],
    ],
  },
  {
    file: 'wordpress-blind-6.jsonl',
    minHam: 110,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 151, 3],
      ['the rules alone', { starter: false }, 143, 2],
    ],
  },
  {
    file: 'wordpress-blind-7.jsonl',
    minHam: 110,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 155, 2],
      ['the rules alone', { starter: false }, 149, 1],
    ],
  },
  {
    file: 'wordpress-blind-8.jsonl',
    minHam: 110,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 149, 2],
      ['the rules alone', { starter: false }, 135, 0],
    ],
  },
  {
    file: 'wordpress-blind-9.jsonl',
    minHam: 110,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 149, 0],
      ['the rules alone', { starter: false }, 141, 0],
    ],
  },
  {
    file: 'wordpress-blind-10.jsonl',
    minHam: 110,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 154, 5],
      ['the rules alone', { starter: false }, 151, 2],
    ],
  },
  {
    file: 'wordpress-blind-11.jsonl',
    minHam: 110,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 151, 2],
      ['the rules alone', { starter: false }, 148, 1],
    ],
  },
  {
    file: 'wordpress-blind-12.jsonl',
    minHam: 110,
    minSpam: 140,
    runs: [
      ['default options (rules and the starter)', {}, 137, 4],
      ['the rules alone', { starter: false }, 128, 0],
    ],
  },
  {
    file: 'wordpress-blind-13.jsonl',
    minHam: 110,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 172, 4],
      ['the rules alone', { starter: false }, 163, 2],
    ],
  },
  {
    file: 'wordpress-blind-14.jsonl',
    minHam: 120,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 153, 2],
      ['the rules alone', { starter: false }, 147, 0],
    ],
  },
  {
    file: 'wordpress-blind-15.jsonl',
    minHam: 110,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 148, 2],
      ['the rules alone', { starter: false }, 141, 0],
    ],
  },
  {
    file: 'wordpress-blind-16.jsonl',
    minHam: 120,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 140, 1],
      ['the rules alone', { starter: false }, 133, 1],
    ],
  },
  {
    file: 'wordpress-blind-17.jsonl',
    minHam: 110,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 144, 4],
      ['the rules alone', { starter: false }, 138, 1],
    ],
  },
  {
    file: 'wordpress-blind-18.jsonl',
    minHam: 110,
    minSpam: 140,
    runs: [
      ['default options (rules and the starter)', {}, 138, 2],
      ['the rules alone', { starter: false }, 130, 2],
    ],
  },
  {
    file: 'wordpress-blind-19.jsonl',
    minHam: 110,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 141, 2],
      ['the rules alone', { starter: false }, 133, 1],
    ],
  },
  {
    file: 'wordpress-blind-20.jsonl',
    minHam: 110,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 144, 4],
      ['the rules alone', { starter: false }, 137, 0],
    ],
  },
  {
    file: 'wordpress-blind-21.jsonl',
    minHam: 130,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 147, 2],
      ['the rules alone', { starter: false }, 134, 0],
    ],
  },
  {
    file: 'wordpress-blind-22.jsonl',
    minHam: 110,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 151, 4],
      ['the rules alone', { starter: false }, 146, 1],
    ],
  },
  {
    file: 'wordpress-blind-23.jsonl',
    minHam: 110,
    minSpam: 170,
    runs: [
      ['default options (rules and the starter)', {}, 163, 3],
      ['the rules alone', { starter: false }, 158, 1],
    ],
  },
  {
    file: 'wordpress-blind-24.jsonl',
    minHam: 110,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 147, 2],
      ['the rules alone', { starter: false }, 130, 1],
    ],
  },
  {
    file: 'wordpress-blind-25.jsonl',
    minHam: 110,
    minSpam: 140,
    runs: [
      ['default options (rules and the starter)', {}, 130, 3],
      ['the rules alone', { starter: false }, 119, 0],
    ],
  },
  {
    file: 'wordpress-blind-26.jsonl',
    minHam: 110,
    minSpam: 140,
    runs: [
      ['default options (rules and the starter)', {}, 133, 1],
      ['the rules alone', { starter: false }, 125, 0],
    ],
  },
  {
    file: 'wordpress-blind-27.jsonl',
    minHam: 120,
    minSpam: 140,
    runs: [
      ['default options (rules and the starter)', {}, 138, 3],
      ['the rules alone', { starter: false }, 132, 1],
    ],
  },
  {
    file: 'wordpress-blind-28.jsonl',
    minHam: 110,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 142, 3],
      ['the rules alone', { starter: false }, 135, 2],
    ],
  },
  {
    file: 'wordpress-blind-29.jsonl',
    minHam: 110,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 134, 5],
      ['the rules alone', { starter: false }, 130, 2],
    ],
  },
  {
    file: 'wordpress-blind-32.jsonl',
    minHam: 120,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 144, 1],
      ['the rules alone', { starter: false }, 138, 0],
    ],
  },
  {
    file: 'wordpress-blind-33.jsonl',
    minHam: 110,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 140, 4],
      ['the rules alone', { starter: false }, 136, 0],
    ],
  },
  {
    file: 'wordpress-blind-36.jsonl',
    minHam: 110,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 130, 2],
      ['the rules alone', { starter: false }, 126, 0],
    ],
  },
  {
    file: 'wordpress-blind-38.jsonl',
    minHam: 110,
    minSpam: 150,
    runs: [
      ['default options (rules and the starter)', {}, 130, 3],
      ['the rules alone', { starter: false }, 123, 0],
    ],
  },
];

describe.each(SETS)('the blind set $file', ({ file, minHam, minSpam, runs }) => {
  const rows = read(file);
  describe.each(runs)('an untrained moderator with %s', (_name, options, spamFlaggedFloor, hamHeldCeiling) => {
    const moderator = createModerator(options);
    const decided = rows.map((row) => ({ row, decision: moderator.check(comment(row)).decision }));
    const ham = decided.filter((d) => d.row.label === 'ham');
    const spam = decided.filter((d) => d.row.label === 'spam');

    it(`decides no ham spam and holds at most ${hamHeldCeiling}`, () => {
      expect(ham.length).toBeGreaterThanOrEqual(minHam);
      expect(ham.filter((d) => d.decision === 'spam').map((d) => d.row.id)).toEqual([]);
      expect(ham.filter((d) => d.decision === 'moderate').length).toBeLessThanOrEqual(hamHeldCeiling);
    });

    it(`flags at least ${spamFlaggedFloor} of its spam`, () => {
      expect(spam.length).toBeGreaterThanOrEqual(minSpam);
      expect(spam.filter((d) => d.decision !== 'ham').length).toBeGreaterThanOrEqual(spamFlaggedFloor);
    });
  });
});
