// Work-from-home "task" scams in Chinese, Japanese and Korean: paid for liking or following posts
// and videos, paid by the day or by the task, no experience needed, "add me on LINE / WeChat /
// KakaoTalk". Consumer-protection notices (the FTC's task-scam alert, Japan's and Taiwan's police
// warnings about 副業 and 按讚 jobs) describe the family by these moves, and they are the same in
// every language it is written in. These scripts have no spaces between words, so the moves are
// matched as substrings of the text (one Aho-Corasick pass), only when the shared word scan saw a
// word of such a script. A reader who talks about their own part-time job names the job and the
// pay, never "likes for money" with a messenger to add: the rule needs three of the five moves,
// one of them the pay.
import type { Features, Rule } from '../../types.js';
import { buildAhoCorasick } from '../lists/aho-corasick.js';
import { NONE } from './none.js';
import { scanOf } from './scan.js';

const TASK = 1;
const PAY = 2;
const NO_EXPERIENCE = 4;
const CONTACT = 8;
const SIDE_JOB = 16;

const MOVES: readonly (readonly [number, readonly string[]])[] = [
  // Liking, following, rating posts and videos: the "task".
  [TASK, ['点赞', '點讚', '按讚', '按赞', '关注账号', '關注帳號', '追蹤', '关注抖音', 'いいね', 'フォロー', '高評価', '좋아요', '팔로우', '구독']],
  // Pay by the day or by the task.
  [PAY, [
    '日结', '日結', '日薪', '日入', '日领', '日領', '当天结算', '當天結算', '当日结算', '一单', '一單', '每单', '每單', '每则', '每則',
    '日給', '日払い', '1日', '一日', '每天', '每日', '日当', '1件', '一件', '即日払い', '当日払い', '건당', '일당', '당일 정산', '당일정산', '당일 지급', '하루 ',
  ]],
  // No experience needed, anyone can do it.
  [NO_EXPERIENCE, [
    '无需经验', '無需經驗', '不需要经验', '不需要經驗', '无经验', '無經驗', '零基础', '零基礎', '宝妈', '寶媽', '手机即可', '手機即可',
    '未経験', '経験不問', 'スマホだけ', 'スマホで簡単', '경험 없', '경험없', '초보 가능', '초보가능', '누구나',
  ]],
  // A messenger to add.
  [CONTACT, ['微信', '加v', '加我', '加line', 'line追加', 'line id', 'lineで', 'lineに', 'line:', 'line：', 'wechat', '카톡', '카카오톡', '라인', '텔레그램', 'telegram']],
  // The side job itself.
  [SIDE_JOB, ['兼职', '兼職', '副业', '副業', '在宅ワーク', '在宅バイト', '网赚', '網賺', '网络工作', '網路工作', '부업', '알바', '재택', '招募', '急募']],
];

const PATTERNS: string[] = MOVES.flatMap(([, words]) => [...words]);
const ROLE_OF: number[] = MOVES.flatMap(([role, words]) => words.map(() => role));
const AUTOMATON = buildAhoCorasick(PATTERNS);

function taskOffer(f: Features): string[] {
  // The readable text lowercased, not the folded one: leetspeak folding turns "1日" into "i日".
  const found = AUTOMATON.search(f.normalized.body.text.toLowerCase());
  if (found.size < 3) return [];
  let roles = 0;
  const evidence: string[] = [];
  for (const i of found) {
    const role = ROLE_OF[i] as number;
    if ((roles & role) === 0) evidence.push(PATTERNS[i] as string);
    roles |= role;
  }
  let count = 0;
  for (let r = roles; r !== 0; r &= r - 1) count++;
  if ((roles & PAY) === 0 || count < 3) return [];
  return evidence;
}

export const CJK_TASK_OFFER_RULES: readonly Rule[] = [
  {
    id: 'TEXT_CJK_TASK_OFFER',
    requires: ['unspaced'],
    group: 'text',
    score: 3,
    description: 'A Chinese, Japanese or Korean work-from-home task offer: pay by the day or the task, with liking or following posts, "no experience", a side job or a messenger to add (three of these moves)',
    test: (f) => {
      // Cheap gate: a word of a script written without spaces, and a comment long enough to hold three moves.
      if (!scanOf(f).unspaced || f.normalized.body.folded.length < 12) return NONE;
      return taskOffer(f);
    },
    examples: {
      hit: [
        '网上兼职，帮商家点赞，一单20元，日结，加微信了解',
        '在宅ワーク募集！動画にいいねするだけで日給8000円、未経験OK',
        '부업 하실 분, 좋아요 누르기 건당 2000원, 카톡으로 연락',
      ],
      miss: [
        '我在家工作三年了，每天最难的是安排时间。',
        '学生の頃、コンビニでバイトして日給は6000円くらいでした。',
        '대학생 때 주말 알바 일당이 5만원이었어요.',
        'このレシピ、LINEで友達にも送りました！',
      ],
    },
  },
];
