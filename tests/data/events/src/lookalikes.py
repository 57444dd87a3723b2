"""Look-alike pairs: two reports of DIFFERENT real events that share names, a template or most words.

A side is either "ev-NNN" (a report drawn from that event, seeded), "ev-NNN:LANG" (first report in that
language), "ev-NNN:#K" (report index K), or an inline report dict (a report of an event that is not in
the events files; its provenance says where it comes from).
"""
import json, os, random, sys, itertools
sys.path.insert(0, os.path.dirname(__file__))
import build
from lib import R, BP

EV = {e["id"]: e for e in build.events}
rng = random.Random(11)

def side(spec):
    if isinstance(spec, dict):
        return None, spec
    if ":" in spec:
        eid, sel = spec.split(":", 1)
        reps = EV[eid]["reports"]
        if sel.startswith("#"):
            return eid, reps[int(sel[1:])]
        cands = [r for r in reps if r["lang"] == sel]
        assert cands, (spec,)
        return eid, cands[0]
    reps = [r for r in EV[spec]["reports"] if r["summary"] not in BP.values()]
    return spec, rng.choice(reps)

def S(eid):
    return EV[eid]["summary"]

PAIRS = []
def P(kind, a, b, note):
    PAIRS.append((kind, a, b, note))

# ------------------------------------------------------------------ version: model versions and releases
V = [
 ("ev-001", "ev-005", "DeepSeek-V2 (May 2024) vs DeepSeek-V2.5 (Sep 2024): different model versions"),
 ("ev-005", "ev-160", "V2.5 (Sep 2024) vs V2.5-1210 (Dec 2024), the final V2.5 update"),
 ("ev-001", "ev-003", "DeepSeek-V2 general model vs DeepSeek-Coder-V2 code model, a month apart"),
 ("ev-010", "ev-059", "DeepSeek-V3 (Dec 2024) vs the V3-0324 checkpoint (Mar 2025)"),
 ("ev-011", "ev-066", "DeepSeek-R1 (Jan 2025) vs the R1-0528 update (May 2025)"),
 ("ev-006", "ev-011", "R1-Lite-Preview (Nov 2024) vs the full R1 release (Jan 2025)"),
 ("ev-072", "ev-075", "V3.1 (Aug 2025) vs V3.1-Terminus (Sep 2025)"),
 ("ev-072", "ev-076", "V3.1 vs V3.2-Exp: different versions a month apart"),
 ("ev-076", "ev-079", "experimental V3.2-Exp (Sep 2025) vs V3.2 and V3.2-Speciale (Dec 2025)"),
 ("ev-079", "ev-095", "V3.2 (Dec 2025) vs the V4 preview (Apr 2026)"),
 ("ev-075", "ev-076", "V3.1-Terminus vs V3.2-Exp, released a week apart"),
 ("ev-077", "ev-082", "DeepSeek-OCR (Oct 2025) vs DeepSeek-OCR 2 (Jan 2026)"),
 ("ev-159", "ev-063", "Prover-V1.5 (Aug 2024) vs Prover-V2 (Apr 2025)"),
 ("ev-157", "ev-078", "DeepSeekMath (Feb 2024) vs DeepSeekMath-V2 (Nov 2025)"),
 ("ev-078", "ev-079", "DeepSeekMath-V2 gold-level IMO (Nov 27) vs V3.2-Speciale gold-level IMO/IOI (Dec 1): different models"),
 ("ev-007", "ev-019", "DeepSeek-VL2 vision-language models vs Janus-Pro image generation/understanding model"),
 ("ev-052", "ev-094", "DeepEP (Feb 2025 Open Source Week) vs rebuilt DeepEP v2 (Apr 2026)"),
 ("ev-116", "ev-122", "MiMo-7B (Apr 30) vs MiMo-VL-7B (May 30): different Xiaomi models"),
 ("ev-137", "ev-142", "MiMo-V2-Flash (Dec 2025) vs MiMo-V2-Pro/Omni/TTS (Mar 2026)"),
 ("ev-142", "ev-150", "MiMo-V2-Pro (Mar 2026) vs MiMo-V2.5 series (Apr 2026)"),
 ("ev-128", "ev-126", "MiMo-Audio speech model vs MiDashengLM-7B audio-understanding model"),
 ("ev-122", "ev-134", "MiMo-VL-7B vs MiMo-Embodied: different Xiaomi MiMo models"),
 ("ev-116", "ev-128", "MiMo-7B reasoning model vs MiMo-Audio speech model"),
 ("ev-080", "ev-081", "mHC paper (Jan 1 2026) vs Engram paper (Jan 12 2026)"),
 ("ev-051", "ev-052", "Open Source Week day 1 (FlashMLA) vs day 2 (DeepEP)"),
 ("ev-052", "ev-053", "Open Source Week day 2 (DeepEP) vs day 3 (DeepGEMM)"),
 ("ev-053", "ev-054", "Open Source Week day 3 (DeepGEMM) vs day 5 (3FS)"),
 ("ev-051", "ev-054", "Open Source Week first release (FlashMLA) vs final release (3FS)"),
 ("ev-184", "ev-052", "LPLB load balancer (Nov 2025) vs DeepEP communication library (Feb 2025)"),
 ("ev-096", "ev-097", "limited-time 75% V4-Pro discount (Apr 2026) vs making that price permanent (May 2026)"),
 ("ev-038", "ev-056", "API top-ups suspended (Feb 6) vs top-ups resumed (Feb 25)"),
 ("ev-042", "ev-062", "South Korea suspends DeepSeek downloads (Feb) vs downloads resume (Apr)"),
 ("ev-032", "ev-033", "Taiwan digital ministry guidance (Jan 31) vs premier's formal ban (Feb 3)"),
 ("ev-091", "ev-095", "report that V4 is due in late April vs the actual V4 release"),
 ("ev-085", "ev-095", "report of V4 testing with Huawei early access (Feb) vs V4 release (Apr)"),
 ("ev-176", "ev-071", "Reuters: DeepSeek rushing R2 (Feb 2025) vs FT: next model delayed by Huawei chip problems (Aug 2025)"),
 ("ev-092", "ev-093", "DeepSeek plans first raise at >$10B (Apr 17) vs Tencent/Alibaba talks at >$20B (Apr 22)"),
 ("ev-093", "ev-101", "Tencent/Alibaba talks at >$20B (Apr) vs ~50bn-yuan round at up to $59B (Jun)"),
 ("ev-092", "ev-101", "first-raise plan of >=$300M (Apr) vs 50bn-yuan round (Jun)"),
 ("ev-117", "ev-119", "Lei Jun teases XRING O1 for late May (May 15) vs the actual XRING O1 launch (May 22)"),
 ("ev-118", "ev-119", "Lei Jun's 3nm/50bn-yuan chip post (May 19) vs the XRING O1 launch event (May 22)"),
 ("ev-117", "ev-118", "May 15 XRING O1 announcement vs May 19 process-node and investment disclosure"),
 ("ev-193", "ev-108", "SU7 Ultra pre-sale at 814,900 yuan (Oct 2024) vs SU7 Ultra launch at 529,900 yuan (Feb 2025)"),
 ("ev-120", "ev-123", "YU7 unveiled without price (May 2025) vs YU7 launch with 200k orders (Jun 2025)"),
 ("ev-123", "ev-125", "YU7 200,000 orders in 3 minutes (launch night) vs 240,000 locked orders after 18 hours (next day)"),
 ("ev-105", "ev-194", "100,000th SU7 off the line (Nov 2024) vs more than 135,000 delivered in 2024 (Jan 2025)"),
 ("ev-148", "ev-149", "MiMo Coding Plan teaser vs Token Plan subscription launch"),
 ("ev-149", "ev-151", "Token Plan launch (Apr 3) vs Token Plan upgrade with night discount (Apr 22)"),
 ("ev-141", "ev-142", "OpenRouter stealth models identified as MiMo V2 (Mar 18) vs the official MiMo-V2 release (Mar 19)"),
 ("ev-142", "ev-146", "MiMo-V2-Pro release vs MiMo-V2-Pro topping OpenRouter's weekly chart a week later"),
 ("ev-150", "ev-153", "MiMo-V2.5 release (Apr 22) vs permanent MiMo-V2.5 price cut (May 27)"),
 ("ev-153", "ev-155", "MiMo-V2.5 price cut vs the inference-optimisation report explaining it"),
 ("ev-130", "ev-131", "speculation from Luo Fuli's name on a Xiaomi paper (Oct) vs her own confirmation (Nov)"),
 ("ev-008", "ev-131", "Dec 2024 report that Xiaomi poached Luo Fuli vs her Nov 2025 confirmation"),
 ("ev-055", "ev-096", "2025 nightly off-peak discounts vs 2026 limited-time V4-Pro discount"),
 ("ev-004", "ev-055", "2024 context-caching price cut vs 2025 off-peak discounts"),
 ("ev-089", "ev-099", "web/app performance problems (Mar 2026) vs 18-minute API and web outage (May 2026)"),
 ("ev-015", "ev-089", "Jan 2025 malicious attacks and sign-up limits vs Mar 2026 service anomalies"),
]
for a, b, n in V:
    P("version" if not any(w in n for w in ("report", "vs the actual", "teaser", "Dec 2024 report", "speculation", "outage", "problems", "attacks", "funding", "raise", "talks")) else "same_names", a, b, n)

# ------------------------------------------------------------------ same_names: same people/company, different action
SN = [
 ("ev-131", "ev-152", "Luo Fuli joins Xiaomi (Nov 2025) vs Luo Fuli's long interview on agent RL (Apr 2026)"),
 ("ev-131", "ev-139", "Luo Fuli joins Xiaomi vs Peking University profile interview with her (Jan 2026)"),
 ("ev-131", "ev-137", "Luo Fuli joins Xiaomi (Nov 12) vs her first public appearance presenting MiMo-V2-Flash (Dec 17)"),
 ("ev-131", "ev-133", "Luo Fuli's own confirmation vs Lu Weibing's comment on Xiaomi's AI progress when asked about her"),
 ("ev-131", "ev-140", "Luo Fuli joins Xiaomi vs miclaw agent beta built by her team"),
 ("ev-131", "ev-145", "Luo Fuli joins Xiaomi vs MiMo head confirming V2 models will be open-sourced"),
 ("ev-008", "ev-133", "Dec 2024 poaching report vs Nov 2025 Lu Weibing comment"),
 ("ev-008", "ev-009", "report that Xiaomi hired Luo Fuli vs report that Xiaomi is building a 10,000-GPU cluster (six days later)"),
 ("ev-130", "ev-134", "Luo Fuli named on a Xiaomi-PKU paper vs MiMo-Embodied release with her as core author"),
 ("ev-139", "ev-152", "PKU profile interview (Jan 2026) vs 3.5-hour technical interview (Apr 2026)"),
 ("ev-137", "ev-138", "MiMo-V2-Flash launch / Luo Fuli debut vs Lu Weibing's 200bn-yuan R&D plan at the same conference"),
 ("ev-142", "ev-143", "MiMo-V2 model release vs Lei Jun's 60bn-yuan AI investment pledge at the same event"),
 ("ev-142", "ev-144", "MiMo-V2 models vs new SU7 with XLA cockpit model at the same launch"),
 ("ev-143", "ev-107", "Lei Jun's 2026 pledge of 60bn yuan on AI over 3 years vs his 2025 R&D budget of 30bn yuan"),
 ("ev-143", "ev-138", "Lei Jun's 3-year AI pledge vs Lu Weibing's 5-year R&D plan"),
 ("ev-118", "ev-143", "Lei Jun's 50bn-yuan chip pledge vs his 60bn-yuan AI pledge"),
 ("ev-150", "ev-151", "MiMo-V2.5 model release vs Token Plan upgrade announced the same day"),
 ("ev-119", "ev-120", "XRING O1 chip vs YU7 SUV unveiled at the same 15th-anniversary event"),
 ("ev-123", "ev-124", "YU7 launch vs AI glasses launch at the same event"),
 ("ev-123", "ev-202", "YU7 launch vs MIX Flip 2 launch at the same event"),
 ("ev-124", "ev-202", "AI glasses vs MIX Flip 2 AI pet feature, same launch night"),
 ("ev-123", "ev-201", "YU7 order figure announced by Lei Jun vs Wang Hua denying a rumoured figure"),
 ("ev-108", "ev-196", "SU7 Ultra vs Xiaomi 15 Ultra, launched the same evening"),
 ("ev-108", "ev-107", "SU7 Ultra launch vs Lei Jun's R&D/AI budget remarks at the same event"),
 ("ev-108", "ev-109", "SU7 Ultra launch vs 'one-hour richest man' reports the same day"),
 ("ev-104", "ev-193", "Xiaomi 15 / HyperOS 2 launch vs SU7 Ultra pre-sale at the same event"),
 ("ev-113", "ev-114", "Xiaomi's crash statement vs Lei Jun's personal statement, both Apr 1"),
 ("ev-113", "ev-115", "Xiaomi's crash statement vs the fall in Xiaomi's share price"),
 ("ev-114", "ev-115", "Lei Jun's statement vs Xiaomi's share drop"),
 ("ev-113", "ev-198", "Xiaomi's crash timeline vs a victim's father saying Xiaomi has not contacted the family"),
 ("ev-198", "ev-199", "victim's father's complaint vs Xiaomi's reply to it"),
 ("ev-199", "ev-200", "Xiaomi's reply vs the police statement"),
 ("ev-113", "ev-200", "Xiaomi's statement vs the police statement on the same crash"),
 ("ev-110", "ev-197", "Lei Jun at the NPC deputies' channel vs his written NPC proposals"),
 ("ev-110", "ev-043", "Lei Jun at the NPC (Mar 2025) vs Lei Jun at Xi's private-sector symposium (Feb 2025)"),
 ("ev-012", "ev-043", "Liang Wenfeng at Premier Li Qiang's symposium (Jan 20) vs at Xi Jinping's symposium (Feb 17)"),
 ("ev-012", "ev-185", "Liang Wenfeng at Li Qiang's meeting vs Liang named in Nature's 10"),
 ("ev-158", "ev-012", "Liang Wenfeng's 2024 interview vs his 2025 appearance at Li Qiang's symposium"),
 ("ev-074", "ev-185", "R1 paper on Nature's cover (Sep 2025) vs Liang named in Nature's 10 (Dec 2025)"),
 ("ev-074", "ev-011", "Nature publishes peer-reviewed R1 paper (Sep 2025) vs R1 release (Jan 2025)"),
 ("ev-065", "ev-010", "ISCA paper on how V3 was built (May 2025) vs V3 release (Dec 2024)"),
 ("ev-014", "ev-016", "Nvidia's record share drop vs Nvidia's statement praising DeepSeek, same day"),
 ("ev-014", "ev-058", "Nvidia's Jan 27 plunge vs Jensen Huang's Feb 20 comments"),
 ("ev-016", "ev-058", "Nvidia spokesperson statement (Jan 27) vs Jensen Huang interview (Feb 20)"),
 ("ev-013", "ev-014", "DeepSeek tops the App Store vs Nvidia's share plunge"),
 ("ev-015", "ev-023", "DeepSeek limits sign-ups after attacks vs Wiz finds DeepSeek database exposed"),
 ("ev-015", "ev-020", "DeepSeek under attack vs 360 offering free security protection"),
 ("ev-022", "ev-083", "OpenAI's distillation claim (Jan 2025) vs Anthropic's distillation accusation (Feb 2026)"),
 ("ev-017", "ev-018", "Andreessen's 'Sputnik moment' vs Trump's 'wake-up call'"),
 ("ev-024", "ev-017", "Altman praises R1 vs Andreessen calls it a Sputnik moment"),
 ("ev-018", "ev-164", "Trump calls DeepSeek a wake-up call vs White House NSC reviewing DeepSeek"),
 ("ev-060", "ev-068", "House committee report on DeepSeek (Apr) vs State Department official's military claim (Jun)"),
 ("ev-095", "ev-096", "V4 release vs V4-Pro API discount a day later"),
 ("ev-059", "ev-055", "V3-0324 model update vs off-peak price cut"),
 ("ev-011", "ev-004", "R1 release vs 2024 context-caching price cut"),
 ("ev-076", "ev-097", "V3.2-Exp with 50% price cut (Sep 2025) vs V4-Pro permanent price (May 2026)"),
 ("ev-095", "ev-098", "V4 release vs API speed-up and capacity expansion"),
 ("ev-098", "ev-099", "API capacity expansion (May 23) vs 18-minute outage (May 24)"),
 ("ev-090", "ev-100", "fast/expert modes introduced vs new limits on regenerations"),
 ("ev-084", "ev-090", "app UI update renaming search (Feb) vs fast/expert modes (Apr)"),
 ("ev-088", "ev-131", "Guo Daya leaves DeepSeek (Mar 2026) vs Luo Fuli joins Xiaomi (Nov 2025): different people"),
 ("ev-088", "ev-008", "Guo Daya's departure vs report of Luo Fuli's move to Xiaomi"),
 ("ev-073", "ev-072", "Cambricon rally vs the V3.1 release that triggered it"),
 ("ev-061", "ev-042", "South Korea's probe findings (Apr) vs download suspension (Feb)"),
 ("ev-061", "ev-062", "South Korea's data-transfer findings (Apr 24) vs downloads resuming (Apr 28)"),
 ("ev-026", "ev-067", "Italy's privacy regulator blocks DeepSeek (Jan) vs Italy's antitrust regulator opens a probe (Jun)"),
 ("ev-031", "ev-041", "Texas governor's device ban vs Texas attorney general's investigation"),
 ("ev-036", "ev-042", "South Korean ministries block DeepSeek on work PCs vs regulator suspends app downloads"),
 ("ev-028", "ev-022", "Microsoft hosts R1 on Azure vs Microsoft/OpenAI probe of DeepSeek data use"),
 ("ev-207", "ev-028", "Microsoft bars staff from the DeepSeek app vs Microsoft offering R1 on Azure"),
 ("ev-009", "ev-116", "Xiaomi GPU cluster report vs Xiaomi's first MiMo model"),
 ("ev-049", "ev-116", "XiaoAI adds DeepSeek-R1 vs Xiaomi releases its own MiMo model"),
 ("ev-147", "ev-149", "input-method AI key leak vs MiMo Token Plan launch"),
 ("ev-132", "ev-133", "Xiaomi Q3 results vs Lu Weibing's comment on Luo Fuli and AI progress"),
 ("ev-135", "ev-132", "Lei Jun buys shares vs Xiaomi Q3 results"),
 ("ev-112", "ev-111", "share placement vs full-year results a week earlier"),
 ("ev-136", "ev-144", "blogger's claim about next-gen SU7 price (Dec 2025) vs Xiaomi presenting the new SU7 (Mar 2026)"),
 ("ev-103", "ev-191", "SU7 launch and pricing (Mar 28) vs first deliveries (Apr 3)"),
 ("ev-192", "ev-129", "Lei Jun's 2024 annual speech vs Xiaomi 17 launch at his 2025 speech"),
 ("ev-195", "ev-114", "Douyin explains Lei Jun livestream cut vs Lei Jun's crash statement"),
 ("ev-203", "ev-195", "Lei Jun on Double 11 sales vs Douyin on Lei Jun's livestream"),
 ("ev-163", "ev-013", "DeepSeek trademark squatting vs DeepSeek topping the App Store"),
 ("ev-162", "ev-017", "Feng Ji's 'national destiny' post vs Andreessen's 'Sputnik moment'"),
 ("ev-186", "ev-095", "employee's V4 role-play prompt vs the V4 release"),
]
for a, b, n in SN:
    P("same_names", a, b, n)

# ------------------------------------------------------------------ place: same action in a different country/jurisdiction
BANS = ["ev-026", "ev-033", "ev-034", "ev-035", "ev-036", "ev-042", "ev-031", "ev-039", "ev-040", "ev-069", "ev-070", "ev-172", "ev-169", "ev-027", "ev-032"]
PLACE_NAMES = {"ev-026": "Italy", "ev-033": "Taiwan (premier)", "ev-034": "Australia", "ev-035": "India (finance ministry)",
               "ev-036": "South Korea (ministries)", "ev-042": "South Korea (PIPC)", "ev-031": "Texas", "ev-039": "New York",
               "ev-040": "Virginia", "ev-069": "Germany", "ev-070": "Czech Republic", "ev-172": "Japan", "ev-169": "NASA",
               "ev-027": "US Navy", "ev-032": "Taiwan (digital ministry)"}
place_pairs = [("ev-026","ev-042"),("ev-026","ev-034"),("ev-033","ev-034"),("ev-034","ev-036"),("ev-035","ev-034"),
               ("ev-039","ev-040"),("ev-031","ev-039"),("ev-031","ev-040"),("ev-069","ev-070"),("ev-026","ev-069"),
               ("ev-036","ev-172"),("ev-042","ev-069"),("ev-027","ev-169"),("ev-035","ev-172"),("ev-033","ev-036"),
               ("ev-070","ev-034"),("ev-026","ev-070"),("ev-042","ev-034"),("ev-032","ev-172"),("ev-169","ev-039"),
               ("ev-035","ev-026"),("ev-040","ev-070"),("ev-027","ev-031"),("ev-033","ev-069"),("ev-036","ev-035")]
for a, b in place_pairs:
    P("place", a, b, f"same kind of restriction, different jurisdiction: {PLACE_NAMES[a]} vs {PLACE_NAMES[b]}")
INV = {"ev-166": "Ireland DPC", "ev-167": "France CNIL", "ev-168": "Netherlands AP", "ev-067": "Italy AGCM", "ev-041": "Texas AG", "ev-061": "South Korea PIPC findings", "ev-060": "US House committee"}
for a, b in [("ev-166","ev-167"),("ev-167","ev-168"),("ev-166","ev-168"),("ev-067","ev-168"),("ev-041","ev-166"),("ev-061","ev-167"),("ev-060","ev-041")]:
    P("place", a, b, f"regulatory scrutiny by a different authority: {INV[a]} vs {INV[b]}")
for a, b, n in [("ev-168","ev-026","Dutch regulator opens an investigation vs Italy's regulator blocks the app"),
                ("ev-166","ev-026","Ireland asks DeepSeek for information vs Italy blocks DeepSeek"),
                ("ev-167","ev-069","France's CNIL to question DeepSeek vs Berlin commissioner asks Apple/Google to delist it")]:
    P("place", a, b, n)

# ------------------------------------------------------------------ period: same report type, different quarter / year
EARN = {"ev-106": "Q3 2024", "ev-111": "FY/Q4 2024", "ev-121": "Q1 2025", "ev-127": "Q2 2025", "ev-132": "Q3 2025"}
for a, b in [("ev-127","ev-132"),("ev-106","ev-132"),("ev-121","ev-127"),("ev-111","ev-121"),("ev-106","ev-111"),
             ("ev-121","ev-132"),("ev-106","ev-127"),("ev-111","ev-132")]:
    P("period", a, b, f"Xiaomi results for different periods: {EARN[a]} vs {EARN[b]}")
for a, b, n in [("ev-092","ev-101","first-raise report (Apr 2026) vs 50bn-yuan round report (Jun 2026)"),
                ("ev-089","ev-099","outages in March vs May 2026"),
                ("ev-055","ev-097","2025 off-peak discount vs 2026 permanent V4-Pro price"),
                ("ev-002","ev-097","2024 Alibaba price cut in the V2 price war vs 2026 DeepSeek V4-Pro price"),
                ("ev-008","ev-130","Dec 2024 poaching report vs Oct 2025 paper-authorship speculation"),
                ("ev-012","ev-158","Liang Wenfeng in 2025 symposium vs 2024 interview"),
                ("ev-192","ev-114","Lei Jun's July 2024 speech vs his April 2025 crash statement"),
                ("ev-105","ev-191","SU7 first deliveries (Apr 2024) vs 100,000th SU7 (Nov 2024)"),
                ("ev-194","ev-125","2024 SU7 delivery total vs YU7 orders in June 2025")]:
    P("period", a, b, n)

# ------------------------------------------------------------------ same_type_other_actor
OA = [
 ("ev-116", "ev-010", "Xiaomi releases MiMo-7B vs DeepSeek releases V3: same action, different company"),
 ("ev-137", "ev-079", "Xiaomi open-sources MiMo-V2-Flash vs DeepSeek releases V3.2 (Flash is benchmarked against V3.2)"),
 ("ev-153", "ev-097", "Xiaomi cuts MiMo-V2.5 prices vs DeepSeek makes V4-Pro cut permanent, days apart"),
 ("ev-151", "ev-055", "Xiaomi's night-time 20% discount vs DeepSeek's off-peak discounts"),
 ("ev-002", "ev-205", "Alibaba cuts Qwen prices vs ByteDance prices Doubao, same price war"),
 ("ev-002", "ev-206", "Alibaba cuts prices vs Baidu makes two ERNIE models free, same day"),
 ("ev-205", "ev-001", "ByteDance Doubao pricing vs DeepSeek-V2 pricing"),
 ("ev-206", "ev-004", "Baidu free models vs DeepSeek's cache price cut"),
 ("ev-025", "ev-011", "Alibaba's Qwen2.5-Max vs DeepSeek's R1"),
 ("ev-064", "ev-066", "Alibaba's Qwen3 (Apr 29) vs DeepSeek R1-0528 (May 28)"),
 ("ev-182", "ev-011", "Baidu's ERNIE X1 vs DeepSeek R1"),
 ("ev-182", "ev-064", "Baidu ERNIE X1 vs Alibaba Qwen3: both benchmarked against R1"),
 ("ev-044", "ev-045", "WeChat integrates R1 vs Baidu search integrates R1, same day"),
 ("ev-044", "ev-204", "WeChat search test vs Tencent Yuanbao adding R1"),
 ("ev-046", "ev-047", "BYD integrates DeepSeek vs Geely integrates DeepSeek"),
 ("ev-048", "ev-175", "Huawei Xiaoyi adds R1 vs Honor YOYO adds R1"),
 ("ev-049", "ev-048", "Xiaomi XiaoAI adds R1 vs Huawei Xiaoyi adds R1"),
 ("ev-049", "ev-175", "Xiaomi XiaoAI vs Honor YOYO integrating DeepSeek"),
 ("ev-028", "ev-029", "Microsoft Azure hosts R1 vs AWS hosts R1"),
 ("ev-029", "ev-030", "AWS vs Nvidia NIM offering R1"),
 ("ev-028", "ev-030", "Azure vs NIM offering R1"),
 ("ev-165", "ev-179", "Perplexity adds R1 vs Windsurf adds R1"),
 ("ev-173", "ev-174", "Huawei Cloud offers DeepSeek vs telecom carriers integrate DeepSeek"),
 ("ev-161", "ev-030", "AMD supports DeepSeek-V3 on MI300X vs Nvidia offers R1 as NIM"),
 ("ev-187", "ev-189", "OpenClaw adds DeepSeek V4 vs JD Cloud Coding Plan supports DeepSeek-V3.2"),
 ("ev-190", "ev-189", "Tencent WorkBuddy vs JD Cloud Coding Plan, both offering DeepSeek"),
 ("ev-154", "ev-187", "OpenCode offers MiMo V2.5 free vs OpenClaw adds DeepSeek V4"),
 ("ev-050", "ev-087", "Perplexity's R1 1776 vs Rakuten AI 3.0, both built on DeepSeek models"),
 ("ev-188", "ev-087", "Kuaishou model uses DeepSeek Sparse Attention vs Rakuten model built on DeepSeek-V3"),
 ("ev-022", "ev-083", "OpenAI accuses DeepSeek vs Anthropic accuses DeepSeek and two others"),
 ("ev-177", "ev-178", "Cisco jailbreak test vs FAR.AI red-teaming study"),
 ("ev-023", "ev-147", "DeepSeek database exposure vs Xiaomi input-method key leak"),
 ("ev-099", "ev-147", "DeepSeek outage vs Xiaomi security incident"),
 ("ev-146", "ev-013", "MiMo-V2-Pro tops OpenRouter vs DeepSeek tops App Store"),
 ("ev-142", "ev-095", "Xiaomi's trillion-parameter MiMo-V2-Pro vs DeepSeek's 1.6T V4-Pro"),
 ("ev-150", "ev-095", "MiMo-V2.5 (Apr 22) vs DeepSeek V4 (Apr 24)"),
 ("ev-122", "ev-007", "Xiaomi MiMo-VL vs DeepSeek VL2"),
 ("ev-128", "ev-019", "Xiaomi MiMo-Audio vs DeepSeek Janus-Pro"),
 ("ev-155", "ev-057", "Xiaomi inference-optimisation report vs DeepSeek's inference cost/profit disclosure"),
 ("ev-149", "ev-189", "Xiaomi Token Plan vs JD Cloud Coding Plan"),
 ("ev-088", "ev-008", "researcher leaves DeepSeek (Guo Daya) vs researcher reported joining Xiaomi (Luo Fuli)"),
 ("ev-171", "ev-035", "India's IT minister wants DeepSeek on Indian servers vs finance ministry advises staff to avoid it"),
 ("ev-207", "ev-027", "Microsoft bans staff from DeepSeek app vs US Navy bans members"),
 ("ev-169", "ev-207", "NASA blocks DeepSeek vs Microsoft bars employees"),
 ("ev-170", "ev-060", "chip-smuggling probe report vs House committee report"),
 ("ev-181", "ev-080", "GRM reward-model paper vs mHC architecture paper"),
 ("ev-086", "ev-065", "DualPath inference paper vs ISCA V3 hardware paper"),
 ("ev-102", "ev-074", "AISI cyber evaluation of V4-Pro vs Nature peer review of R1"),
]
for a, b, n in OA:
    P("same_type_other_actor", a, b, n)

# ------------------------------------------------------------------ cross-language look-alikes (explicit languages)
XL = [
 ("ev-131:en", "ev-152:zh", "same_names", "EN Luo Fuli joins Xiaomi vs ZH Luo Fuli interview on agent RL"),
 ("ev-131:hi", "ev-137:zh", "same_names", "HI Luo Fuli joins Xiaomi vs ZH Luo Fuli's first appearance / MiMo launch"),
 ("ev-008:hi", "ev-131:zh", "period", "HI Dec 2024 poaching report vs ZH Nov 2025 confirmation"),
 ("ev-011:hi", "ev-066:en", "version", "HI R1 release vs EN R1-0528 update"),
 ("ev-066:hi", "ev-011:en", "version", "HI R1-0528 vs EN R1"),
 ("ev-072:zh", "ev-075:en", "version", "ZH V3.1 vs EN V3.1-Terminus"),
 ("ev-076:hi", "ev-079:zh", "version", "HI V3.2-Exp vs ZH V3.2"),
 ("ev-079:hi", "ev-076:en", "version", "HI V3.2 vs EN V3.2-Exp"),
 ("ev-001:zh", "ev-005:en", "version", "ZH V2 vs EN V2.5"),
 ("ev-010:hi", "ev-059:zh", "version", "HI V3 vs ZH V3-0324"),
 ("ev-026:hi", "ev-042:en", "place", "HI Italy ban vs EN South Korea suspension"),
 ("ev-042:hi", "ev-026:en", "place", "HI South Korea suspension vs EN Italy ban"),
 ("ev-034:zh-Hant", "ev-033:en", "place", "ZH-Hant Australia ban vs EN Taiwan ban"),
 ("ev-069:hi", "ev-026:zh", "place", "HI Germany delisting request vs ZH Italy block"),
 ("ev-035:hi", "ev-034:en", "place", "HI India finance ministry advisory vs EN Australia ban"),
 ("ev-127:hi", "ev-132:zh", "period", "HI Xiaomi Q2 2025 vs ZH Xiaomi Q3 2025"),
 ("ev-132:hi", "ev-106:zh", "period", "HI Q3 2025 vs ZH Q3 2024 (same quarter, different year)"),
 ("ev-121:hi", "ev-127:en", "period", "HI Q1 2025 vs EN Q2 2025"),
 ("ev-116:hi", "ev-010:zh", "same_type_other_actor", "HI Xiaomi MiMo-7B vs ZH DeepSeek-V3"),
 ("ev-153:hi", "ev-097:zh", "same_type_other_actor", "HI Xiaomi price cut vs ZH DeepSeek price cut"),
 ("ev-095:hi", "ev-096:zh", "same_names", "HI V4 launch vs ZH V4-Pro discount"),
 ("ev-014:hi", "ev-016:zh", "same_names", "HI Nvidia's loss vs ZH Nvidia's statement"),
 ("ev-113:hi", "ev-114:zh", "same_names", "HI Xiaomi crash statement vs ZH Lei Jun statement"),
 ("ev-123:hi", "ev-125:zh", "period", "HI YU7 3-minute orders vs ZH YU7 18-hour locked orders"),
 ("ev-143:hi", "ev-107:zh", "same_names", "HI Lei Jun 60bn AI pledge vs ZH 2025 R&D budget"),
 ("ev-012:hi", "ev-043:zh", "same_names", "HI Liang at Li Qiang meeting vs ZH Xi symposium"),
 ("ev-083:hi", "ev-022:zh", "same_type_other_actor", "HI Anthropic accusation vs ZH OpenAI accusation"),
 ("ev-092:hi", "ev-101:zh", "period", "HI first-raise plan vs ZH 50bn-yuan round"),
 ("ev-119:hi", "ev-120:zh", "same_names", "HI XRING O1 launch vs ZH YU7 unveiling"),
 ("ev-049:hi", "ev-048:zh", "same_type_other_actor", "HI XiaoAI adds R1 vs ZH Huawei Xiaoyi adds R1"),
 ("ev-137:hi", "ev-142:en", "version", "HI MiMo-V2-Flash vs EN MiMo-V2-Pro"),
 ("ev-150:hi", "ev-142:zh", "version", "HI MiMo-V2.5 vs ZH MiMo-V2-Pro"),
 ("ev-036:zh-Hant", "ev-042:hi", "place", "ZH-Hant SK ministries block vs HI PIPC download suspension"),
 ("ev-074:hi", "ev-185:zh", "same_names", "HI Nature cover paper vs ZH Nature's 10"),
 ("ev-055:hi", "ev-096:en", "period", "HI 2025 off-peak discount vs EN 2026 V4-Pro discount"),
 ("ev-089:hi", "ev-099:zh", "period", "HI March 2026 anomalies vs ZH May 2026 outage"),
 ("ev-032:hi", "ev-033:zh-Hant", "same_names", "HI Taiwan ministry guidance vs ZH-Hant premier's ban"),
 ("ev-133:hi", "ev-131:en", "same_names", "HI Lu Weibing comment vs EN Luo Fuli joins"),
 ("ev-139:hi", "ev-152:en", "same_names", "HI PKU profile vs EN long interview"),
 ("ev-140:hi", "ev-137:en", "same_names", "HI miclaw beta vs EN MiMo-V2-Flash launch"),
]
for a, b, k, n in XL:
    P(k, a, b, n)

# ------------------------------------------------------------------ inline sides: real reports of events not in the events files
def IN(title, summary, source, lang, prov):
    return R(title, summary, source, lang, prov)
INL = [
 ("period", IN("DeepSeek plans mid-July V4 release with peak-hour pricing", "", "Let's Data Science", "en",
               "https://letsdatascience.com/news/deepseek-plans-mid-july-v4-release-with-peak-hour-pricing-5187a98d"),
  "ev-055", "2026 plan to bill peak hours at double rate with official V4 release vs 2025 off-peak discounts"),
 ("version", IN("DeepSeek plans mid-July V4 release with peak-hour pricing", "", "Let's Data Science", "en",
               "https://letsdatascience.com/news/deepseek-plans-mid-july-v4-release-with-peak-hour-pricing-5187a98d"),
  "ev-095", "plan for the official V4 release in mid-July vs the April V4 preview release"),
 ("version", IN("DeepSeek open-sources DSpark, an inference stack it says runs its AI models 60–85% faster", "", "type0", "en",
               "https://www.type0.ai/articles/deepseek-open-sources-dspark-an-inference-stack-it-says-runs-its-ai-models-60-85-7db6613807"),
  "ev-051", "DSpark inference stack vs FlashMLA kernel: different open-source releases"),
 ("version", IN("DeepSeek releases DeepSpec, an open-source codebase for training speculative decoding draft models for DeepSeek-V4", "", "Digg", "en",
               "https://digg.com/tech/851qilry"),
  "ev-095", "DeepSpec speculative-decoding codebase vs the V4 model release"),
 ("version", IN("DeepSeek open-sources DSpark, an inference stack it says runs its AI models 60–85% faster", "", "type0", "en",
               "https://www.type0.ai/articles/deepseek-open-sources-dspark-an-inference-stack-it-says-runs-its-ai-models-60-85-7db6613807"),
  IN("DeepSeek releases DeepSpec, an open-source codebase for training speculative decoding draft models for DeepSeek-V4", "", "Digg", "en",
     "https://digg.com/tech/851qilry"), "two different open-source releases: DSpark (inference stack) vs DeepSpec (draft-model training)"),
 ("same_names", IN("DeepSeek OpenSourceWeek is Coming: What Mysterious Technologies Might Be Unveiled?",
                   "On February 21, DeepSeek announced on X the launch of a warm-up for Open Source Week.", "OpenBot AIGC", "en",
                   "https://aigc.openbot.ai/p/deepseek-opensourceweek-is-coming"),
  "ev-051", "announcement/preview of Open Source Week (Feb 21) vs the first release, FlashMLA (Feb 24)"),
 ("version", IN("GLM-5.2 🤖, DeepSeek raises $7.4B 💰, Android MCP 📱", "", "TLDR AI", "en", "corpus:turing_tldr_ai_headlines.rss.xml"),
  "ev-092", "digest item on a $7.4B raise (Jun 2026) vs April report of a first raise at >$10B valuation"),
 ("same_names", IN("OpenAI S-1 🇺🇸, Siri AI 📱, Xiaomi Ultraspeed ⚡", "", "TLDR AI", "en", "corpus:turing_tldr_ai_headlines.rss.xml"),
  "ev-124", "June 2026 digest item on a Xiaomi product vs June 2025 AI-glasses launch"),
 ("same_names", IN("OpenAI buys Ona 🤝, Anthropic backtracks 🔁, Xiaomi’s MiMo code 👨‍💻", "", "TLDR AI", "en", "corpus:turing_tldr_ai_headlines.rss.xml"),
  "ev-116", "June 2026 digest item on MiMo code vs April 2025 MiMo-7B release"),
 ("same_type_other_actor", IN("Moonshot AI releases Kimi k1.5, a multimodal reasoning model it says matches OpenAI's o1", "", "SCMP", "en", "synthetic"),
  "ev-011", "Kimi k1.5 and DeepSeek-R1 came out on the same day (Jan 20 2025) from different companies"),
 ("same_type_other_actor", IN("OpenAI launches o3-mini, making a reasoning model free in ChatGPT", "", "The Verge", "en", "synthetic"),
  "ev-011", "OpenAI's o3-mini launch (Jan 31 2025) vs DeepSeek's R1 release"),
 ("same_type_other_actor", IN("Xiaomi Goes Open-Source: 4.7B-Parameter Model Brings Robotic Reasoning to the Desktop", "", "HM Journal", "en",
                              "https://hmjournal.com/en/post/xiaomi-releases-open-source-47b-robotics-ai-model"),
  "ev-134", "Xiaomi-Robotics-0 VLA model vs MiMo-Embodied: different Xiaomi embodied-AI models"),
 ("same_names", IN("Xiaomi Goes Open-Source: 4.7B-Parameter Model Brings Robotic Reasoning to the Desktop", "", "HM Journal", "en",
                   "https://hmjournal.com/en/post/xiaomi-releases-open-source-47b-robotics-ai-model"),
  "ev-116", "Xiaomi-Robotics-0 (robotics VLA) vs MiMo-7B (reasoning LLM)"),
 ("same_names", IN("DeepSeek线上模型版本升级至V3.1，上下文长度拓展至128K", "", "IT之家", "zh", "synthetic (models the Aug 19 2025 user-group notice)"),
  "ev-075", "V3.1 online upgrade (Aug 2025) vs V3.1-Terminus (Sep 2025)"),
 ("place", IN("Pentagon moves to block DeepSeek after employees connect to Chinese servers", "", "Bloomberg", "en", "synthetic (models the Jan 30 2025 DISA block)"),
  "ev-027", "Defense Information Systems Agency network block vs US Navy guidance to sailors"),
 ("place", IN("Belgium advises federal officials against using DeepSeek", "", "Politico Europe", "en", "synthetic (cf. Belgian advice cited in https://japannews.yomiuri.co.jp/news-services/reuters/20250628-266330/)"),
  "ev-069", "Belgian advice to officials vs Berlin commissioner's delisting request"),
 ("place", IN("Netherlands bans DeepSeek on government devices", "", "NL Times", "en", "synthetic (cf. Dutch device ban cited in https://www.thedailystar.net/tech-startup/news/germany-banning-deepseek-app-stores-report-3927626)"),
  "ev-168", "Dutch government device ban vs the Dutch privacy regulator's investigation"),
 ("place", IN("Spanish consumer group OCU asks data agency to investigate DeepSeek", "", "Reuters", "en", "synthetic (cf. OCU request cited in https://www.ahn24x7.com/narrative/deepseek-may-be-removed-from-apple-and-google-app-stores-in-germany)"),
  "ev-166", "Spanish consumer group's complaint vs Ireland's DPC inquiry"),
 ("version", IN("小米SU7 Ultra原型车纽北圈速6分46秒874", "", "懂车帝", "zh", "synthetic (models the Nov 2024 Nürburgring prototype lap)"),
  "ev-108", "SU7 Ultra prototype lap record vs SU7 Ultra production launch"),
 ("period", "ev-111:zh", "ev-194:zh", "FY2024 results with raised 2025 target vs Lei Jun's 2024 delivery total announced on Jan 1"),
]
for k, a, b, n in INL:
    P(k, a, b, n)

# ------------------------------------------------------------------ boilerplate: same stock lead sentence, unrelated news
def bp_reports():
    out = {}
    for e in build.events:
        for r in e["reports"]:
            if r["summary"] in BP.values():
                out.setdefault(r["source"], []).append((e["id"], r))
    return out
def make_bp_pairs():
    out = []
    for src, lst in sorted(bp_reports().items()):
        combos = [(x, y) for x, y in itertools.combinations(lst, 2) if x[0] != y[0]]
        rng.shuffle(combos)
        out += [(src, x, y) for x, y in combos[:7]]
    return out

WEAK = {("ev-163","ev-013"),("ev-195","ev-114"),("ev-203","ev-195"),("ev-192","ev-129"),("ev-135","ev-132"),
        ("ev-112","ev-111"),("ev-009","ev-116"),("ev-147","ev-149"),("ev-013","ev-014"),("ev-158","ev-012"),
        ("ev-099","ev-147"),("ev-186","ev-095"),("ev-155","ev-057"),("ev-086","ev-065"),("ev-181","ev-080"),
        ("ev-102","ev-074")}
N_BP = 32

def finish(total=320):
    rng.seed(11)
    bp_pairs = make_bp_pairs()
    rows = []
    seen = set()
    for kind, a, b, note in PAIRS:
        if isinstance(a, str) and isinstance(b, str) and (a, b) in WEAK:
            continue
        ea, ra = side(a)
        eb, rb = side(b)
        assert ea is None or eb is None or ea != eb
        key = (frozenset([ea or ra["title"], eb or rb["title"]]), ra["title"], rb["title"])
        if key in seen:
            continue
        seen.add(key)
        rows.append((kind, ea, ra, eb, rb, note))
    rows = rows[:total - N_BP]
    for src, (ea, ra), (eb, rb) in bp_pairs:
        if len(rows) >= total:
            break
        rows.append(("boilerplate", ea, ra, eb, rb,
                     f"both {src} items carry the outlet's stock lead sentence as summary, but report unrelated events: {EV[ea]['summary']} / {EV[eb]['summary']}"))
    return rows[:total]


BORDERLINE = {("ev-032","ev-033"), ("ev-014","ev-016"), ("ev-123","ev-125"), ("ev-137","ev-138"), ("ev-142","ev-143"),
              ("ev-113","ev-114"), ("ev-198","ev-199"), ("ev-141","ev-142"), ("ev-096","ev-097"), ("ev-131","ev-133"),
              ("ev-092","ev-093"), ("ev-150","ev-151"), ("ev-073","ev-072"), ("ev-117","ev-119"), ("ev-118","ev-119")}

def write():
    split = json.load(open(os.path.join(os.path.dirname(__file__), "..", "split.json")))
    hold = set(split["lookalikes_holdout"])
    base = os.path.join(os.path.dirname(__file__), "..")
    rows = finish()
    f1 = open(os.path.join(base, "lookalikes.jsonl"), "w", encoding="utf-8")
    f2 = open(os.path.join(base, "lookalikes_holdout.jsonl"), "w", encoding="utf-8")
    for i, (kind, ea, ra, eb, rb, note) in enumerate(rows, 1):
        o = {"id": f"la-{i:03d}", "a": ra, "b": rb, "same": False, "kind": kind, "note": note}
        if (ea, eb) in BORDERLINE or (eb, ea) in BORDERLINE:
            o["note"] = note + " (borderline for saga-level clustering; different under the one-development-per-story guideline)"
        if ea: o["a_event"] = ea
        if eb: o["b_event"] = eb
        (f2 if o["id"] in hold else f1).write(json.dumps(o, ensure_ascii=False) + "\n")
    f1.close(); f2.close()

if __name__ == "__main__":
    write()
