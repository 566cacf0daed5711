# Capacity experiment, twelfth round (ADR 0018): a character-level convolutional network trained
# from scratch per leave-one-source-out fold, on the rows the linear fold model trained on, scored
# alone and blended with the linear fold model (z-scored logits, weight 0.2 / 0.3 / 0.5 of the
# network). Exploratory, not part of the product; reads what `capacity-export.ts` writes to .gpu/.
#
#   python3 packages/engine/train/capacity-cnn.py [NAME ...]
#   environment: EPOCHS (3), WIDTH (256), MAXLEN (400), BUDGET (seconds before no new fold starts)
#
# Needs PyTorch and scikit-learn, and a GPU (about 10 s per fold on an NVIDIA H200).
import gzip, json, math, os, sys, time, unicodedata
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from sklearn.metrics import roc_auc_score

t0 = time.time()
OUT = os.environ.get('OUT', '/tmp')
MAXLEN = int(os.environ.get('MAXLEN', '400'))
EPOCHS = int(os.environ.get('EPOCHS', '3'))
WIDTH = int(os.environ.get('WIDTH', '256'))
BUDGET = float(os.environ.get('BUDGET', '420'))
torch.manual_seed(7)
np.random.seed(7)
dev = 'cuda'

rows = [json.loads(l) for l in gzip.open('.gpu/corpus.jsonl.gz', 'rt', encoding='utf-8')]
folds = json.load(open('.gpu/folds.json'))
log = open(os.path.join(OUT, 'results.txt'), 'a')
def say(*a):
    s = ' '.join(str(x) for x in a)
    print(s, flush=True)
    log.write(s + '\n'); log.flush()

def norm(t):
    t = unicodedata.normalize('NFKD', t.lower())
    return ''.join(c for c in t if not unicodedata.combining(c))

texts = [norm(r['t']) for r in rows]
from collections import Counter
cnt = Counter()
for t in texts: cnt.update(t[:MAXLEN])
chars = [c for c, n in cnt.items() if n >= 30]
cid = {c: i + 2 for i, c in enumerate(chars)}
V = len(chars) + 2
X = np.zeros((len(rows), MAXLEN), dtype=np.int16)
for k, t in enumerate(texts):
    # Long texts: the first 3/4 of the window from the start, the rest from the end.
    if len(t) > MAXLEN:
        head = MAXLEN * 3 // 4
        t = t[:head] + t[-(MAXLEN - head):]
    ids = [cid.get(c, 1) for c in t]
    X[k, :len(ids)] = ids
Xg = torch.from_numpy(X.astype(np.int64)).to(dev)
Y = np.array([(-1 if r['y'] is None else r['y']) for r in rows], dtype=np.float32)
W = np.array([r.get('wt', 1.0) for r in rows], dtype=np.float32)
src = np.array([r['s'] for r in rows])
split = np.array([r['sp'] for r in rows])
weak = np.array([r['w'] for r in rows])
idx_of = {r['i']: k for k, r in enumerate(rows)}
say(f'rows {len(rows)} vocab {V} prep {time.time()-t0:.0f}s maxlen {MAXLEN} width {WIDTH} epochs {EPOCHS}')

class CharCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(V, 64, padding_idx=0)
        self.c1 = nn.ModuleList([nn.Conv1d(64, WIDTH, k, padding=k // 2) for k in (3, 5, 7)])
        self.c2 = nn.Conv1d(3 * WIDTH, 384, 3, padding=1)
        self.drop = nn.Dropout(0.3)
        self.fc = nn.Linear(768, 256)
        self.out = nn.Linear(256, 1)
    def forward(self, x):
        mask = (x != 0).unsqueeze(1).float()
        h = self.emb(x).transpose(1, 2)
        h = torch.cat([F.relu(c(h)) for c in self.c1], 1)
        h = F.relu(self.c2(h)) * mask
        mx = (h - (1 - mask) * 1e4).max(2).values
        mean = h.sum(2) / mask.sum(2).clamp(min=1)
        z = self.drop(torch.cat([mx, mean], 1))
        return self.out(self.drop(F.relu(self.fc(z)))).squeeze(1)

def predict(model, idx):
    model.eval(); out = []
    with torch.no_grad(), torch.autocast('cuda', dtype=torch.bfloat16):
        for b in range(0, len(idx), 2048):
            out.append(model(Xg[idx[b:b+2048]]).float())
    model.train()
    return torch.cat(out).cpu().numpy()

def logit(p):
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))

def zs(v): return (v - v.mean()) / (v.std() + 1e-9)

names = [n for a in sys.argv[1:] for n in folds if a in n] if sys.argv[1:] else list(folds)
for name in names:
    if time.time() - t0 > BUDGET:
        say('budget spent, stopping before', name); break
    f = folds[name]
    hold = np.isin(src, f['hold'])
    lab = Y >= 0
    tr = np.where(~hold & (split == 'train') & lab)[0]
    dv = np.where(~hold & (split == 'dev') & lab & (weak == 0))[0]
    lin_i = {int(k): v for k, v in f['lin'].items()}
    te = np.array([idx_of[i] for i in lin_i if i in idx_of], dtype=np.int64)
    te = te[(Y[te] >= 0) & (weak[te] == 0)]
    lin = np.array([lin_i[rows[k]['i']] for k in te])
    if len(te) == 0 or len(set(Y[te].tolist())) < 2:
        say(f'{name}: no TOXICITY labels held out, skipped'); continue
    model = CharCNN().to(dev)
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=1e-4)
    steps = EPOCHS * math.ceil(len(tr) / 256)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=2e-3, total_steps=steps)
    yt = torch.from_numpy(Y).to(dev); wt = torch.from_numpy(W).to(dev)
    best = (-1, None); tf = time.time()
    for ep in range(EPOCHS):
        perm = torch.from_numpy(np.random.permutation(tr)).to(dev)
        for b in range(0, len(perm), 256):
            i = perm[b:b+256]
            with torch.autocast('cuda', dtype=torch.bfloat16):
                z = model(Xg[i]).float()
            loss = (F.binary_cross_entropy_with_logits(z, yt[i], reduction='none') * wt[i]).mean()
            opt.zero_grad(set_to_none=True); loss.backward(); opt.step(); sched.step()
        d = roc_auc_score(Y[dv], predict(model, torch.from_numpy(dv).to(dev)))
        p = predict(model, torch.from_numpy(te).to(dev))
        if d > best[0]: best = (d, p)
        say(f'  {name} epoch {ep+1}: dev {d:.4f} held-out {roc_auc_score(Y[te], p):.4f} ({time.time()-tf:.0f}s)')
    p = best[1]; y = Y[te]
    a_nn = roc_auc_score(y, p); a_lin = roc_auc_score(y, lin)
    bl = {a: roc_auc_score(y, a * zs(p) + (1 - a) * zs(logit(lin))) for a in (0.2, 0.3, 0.5)}
    say(f'{name}: n {len(te)} linear {a_lin:.4f} cnn {a_nn:.4f} blend0.2 {bl[0.2]:.4f} blend0.3 {bl[0.3]:.4f} blend0.5 {bl[0.5]:.4f}')
    np.save(os.path.join(OUT, 'cnn_' + name.split(' ')[0].replace('(', '') + '.npy'), np.stack([te.astype(np.float64), p, lin]))
say(f'done in {time.time()-t0:.0f}s')
