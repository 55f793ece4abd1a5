#!/usr/bin/env python3
"""How much would a learned tagger on top of our rules gain, and from what?

A probe, not part of the product. It trains a greedy averaged-perceptron BIO
tagger (person / organisation / place) whose features are the word, its shape,
affixes, neighbours, the punctuation around it, the previous tags, and the
label EntityExtractor gave the word (B/I, type, known/found), on the documents
`ner_eval --export` writes, and scores it on another export with ner_eval's
exact rule (same span, same class; RONEC's lower-case PERSON ignored).

    build/bin/ner_eval --lang it --split train --export /tmp/ner_it_train.jsonl
    build/bin/ner_eval --lang it --split dev --export /tmp/ner_it_dev.jsonl
    python3 bench/ner_tagger_probe.py /tmp/ner_it_train.jsonl /tmp/ner_it_dev.jsonl
    python3 bench/ner_tagger_probe.py --no-words /tmp/ner_it_train.jsonl /tmp/ner_it_dev.jsonl
    python3 bench/ner_tagger_probe.py --folds 4 /tmp/ner_ro_dev.jsonl    # RONEC has no train split

--no-words leaves out every feature that names a word (the word, its affixes,
its neighbours), keeping shapes, punctuation, previous tags and our rules'
labels: what the tagger learns beyond a lexicon of the training names.
Results and why no tagger is in the product: bench/README-entities.md.
"""
import argparse
import json
import random
import re
import sys

PLACE_LABELS = {'LOC', 'GPE', 'FACILITY'}
ACTOR_LABELS = {'PER', 'PERSON', 'ORG'}
RULE_TYPES = {'person': 'PER', 'organisation': 'ORG', 'place': 'LOC'}
LABELS = ['O'] + [p + t for t in ('PER', 'ORG', 'LOC') for p in ('B-', 'I-')]
WORD_FEATURES = ('w=', 'n=', 's2=', 's3=', 's4=', 'p3=', 'pw', 'nw', 'p1|w=', 'w|nw=')


def tag_class(label):
    if label in ('PER', 'PERSON'):
        return 'PER'
    if label == 'ORG':
        return 'ORG'
    return 'LOC' if label in PLACE_LABELS else None


def shape(word):
    s = re.sub(r'[^\W\d_]', lambda m: 'X' if m.group().isupper() else 'x', word)
    s = re.sub(r'\d', 'd', s)
    return re.sub(r'(.)\1+', r'\1\1', s)


def prepare(doc):
    """Tokens, our rules' label per token, the gold label per token, the text between tokens."""
    text, tokens = doc['text'], doc.get('tokens') or []

    def covered(start, end):
        return [i for i, t in enumerate(tokens) if t[0] >= start and t[1] <= end]

    rule = ['O'] * len(tokens)
    for start, end, kind, known in doc['pred']:
        for k, i in enumerate(covered(start, end)):
            rule[i] = ('B-' if k == 0 else 'I-') + RULE_TYPES[kind] + ('-k' if known else '-f')
    gold = ['O'] * len(tokens)
    for sentence in doc['sentences']:
        for start, end, label, scored in sentence['gold']:
            if scored and tag_class(label):
                for k, i in enumerate(covered(start, end)):
                    gold[i] = ('B-' if k == 0 else 'I-') + tag_class(label)
    gaps, previous_end = [], 0
    for t in tokens:
        gaps.append(text[previous_end:t[0]])
        previous_end = t[1]
    gaps.append(text[previous_end:])
    return tokens, rule, gold, gaps


def gap_class(gap):
    gap = gap.strip()
    return 'NL' if '\n' in gap else (gap[-2:] or '_')


def features(tokens, rule, gaps, i, p1, p2):
    word, norm = tokens[i][2], tokens[i][3]
    low, sh = word.lower(), shape(word)
    n = len(tokens)
    first = i == 0 or '\n' in gaps[i] or gaps[i].strip().endswith(('.', '!', '?', ':', '"', '„', '«'))

    def at(j, k):
        return tokens[j][k] if 0 <= j < n else ('BOS' if j < 0 else 'EOS')

    previous_word, next_word = at(i - 1, 3), at(i + 1, 3)
    return [
        'b', 'w=' + low, 'n=' + norm, 'sh=' + sh, 's2=' + low[-2:], 's3=' + low[-3:], 's4=' + low[-4:],
        'p3=' + low[:3], 'g=' + gap_class(gaps[i]), 'ng=' + gap_class(gaps[i + 1]), 'first=%d' % first,
        'r=' + rule[i], 'r-1=' + (rule[i - 1] if i > 0 else 'BOS'), 'r+1=' + (rule[i + 1] if i + 1 < n else 'EOS'),
        'r|sh=' + rule[i] + '|' + sh, 'r|first=%s|%d' % (rule[i], first),
        'pw=' + previous_word, 'nw=' + next_word, 'pw2=' + at(i - 2, 3), 'nw2=' + at(i + 2, 3),
        'psh=' + (shape(tokens[i - 1][2]) if i > 0 else 'BOS'), 'nsh=' + (shape(tokens[i + 1][2]) if i + 1 < n else 'EOS'),
        'p1=' + p1, 'p12=' + p1 + '|' + p2, 'p1|w=' + p1 + '|' + low, 'p1|sh=' + p1 + '|' + sh,
        'pw|w=' + previous_word + '|' + low, 'w|nw=' + low + '|' + next_word, 'p1|r=' + p1 + '|' + rule[i],
    ]


class AveragedPerceptron:
    def __init__(self):
        self.weights, self.totals, self.stamps, self.steps = {}, {}, {}, 0

    def scores(self, feats):
        result = dict.fromkeys(LABELS, 0.0)
        for f in feats:
            for label, weight in self.weights.get(f, {}).items():
                result[label] += weight
        return result

    def update(self, truth, guess, feats):
        self.steps += 1
        if truth == guess:
            return
        for f in feats:
            row = self.weights.setdefault(f, {})
            for label, delta in ((truth, 1.0), (guess, -1.0)):
                key = (f, label)
                weight = row.get(label, 0.0)
                self.totals[key] = self.totals.get(key, 0.0) + (self.steps - self.stamps.get(key, 0)) * weight
                self.stamps[key] = self.steps
                row[label] = weight + delta

    def average(self):
        for f, row in self.weights.items():
            for label, weight in row.items():
                key = (f, label)
                row[label] = (self.totals.get(key, 0.0) + (self.steps - self.stamps.get(key, 0)) * weight) / self.steps


def allowed(previous, label):
    return not label.startswith('I-') or (previous != 'O' and previous[2:] == label[2:])


class Tagger:
    def __init__(self, keep_words):
        self.model, self.keep_words = AveragedPerceptron(), keep_words

    def feats(self, *args):
        found = features(*args)
        return found if self.keep_words else [f for f in found if not f.startswith(WORD_FEATURES)]

    def best(self, feats, previous):
        scores = self.model.scores(feats)
        return max((label for label in LABELS if allowed(previous, label)), key=lambda label: scores[label])

    def train(self, docs, epochs, seed=1):
        data = [prepare(d) for d in docs]
        shuffle = random.Random(seed).shuffle
        for _ in range(epochs):
            shuffle(data)
            for tokens, rule, gold, gaps in data:
                p1 = p2 = 'BOS'
                for i in range(len(tokens)):
                    feats = self.feats(tokens, rule, gaps, i, p1, p2)
                    self.model.update(gold[i], self.best(feats, p1), feats)
                    p1, p2 = gold[i], p1
        self.model.average()

    def tag(self, tokens, rule, gaps):
        labels, p1, p2 = [], 'BOS', 'BOS'
        for i in range(len(tokens)):
            label = self.best(self.feats(tokens, rule, gaps, i, p1, p2), p1)
            labels.append(label)
            p1, p2 = label, p1
        return labels


def spans(tokens, labels):
    result, current = [], None
    for token, label in zip(tokens, labels):
        if current and (label == 'O' or label.startswith('B-') or label[2:] != current[2]):
            result.append(tuple(current))
            current = None
        if label != 'O':
            if current:
                current[1] = token[1]
            else:
                current = [token[0], token[1], label[2:]]
    if current:
        result.append(tuple(current))
    return result


def gold_class(label):
    return 'actor' if label in ACTOR_LABELS else 'place' if label in PLACE_LABELS else None


def score(doc, predictions, counts):
    """ner_eval's exact rule over the document's scored sentences."""
    for sentence in doc['sentences']:
        gold = [(s, e, gold_class(label)) for s, e, label, scored in sentence['gold'] if scored]
        ignored = [(s, e) for s, e, _, scored in sentence['gold'] if not scored]
        for _, _, cls in gold:
            if cls:
                counts[cls]['gold'] += 1
        matched = set()
        for start, end, cls in predictions:
            if not sentence['start'] <= start < sentence['end'] or any(start < e and s < end for s, e in ignored):
                continue
            counts[cls]['pred'] += 1
            for g, (s, e, gold_cls) in enumerate(gold):
                if g not in matched and gold_cls == cls and (s, e) == (start, end):
                    matched.add(g)
                    counts[cls]['right'] += 1
                    break


def line(name, counts):
    cells = []
    for cls in ('actor', 'place'):
        c = counts[cls]
        p, r = c['right'] / max(1, c['pred']), c['right'] / max(1, c['gold'])
        cells.append('%s P %.3f R %.3f F1 %.3f' % (cls, p, r, 2 * p * r / max(1e-9, p + r)))
    return '%-22s %s' % (name, ' | '.join(cells))


def evaluate(tagger, docs, counts_rules, counts_tagger):
    for doc in docs:
        score(doc, [(s, e, 'place' if kind == 'place' else 'actor') for s, e, kind, _ in doc['pred']], counts_rules)
        tokens, rule, _, gaps = prepare(doc)
        predicted = spans(tokens, tagger.tag(tokens, rule, gaps))
        score(doc, [(s, e, 'place' if kind == 'LOC' else 'actor') for s, e, kind in predicted], counts_tagger)


def load(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('files', nargs='+', help='TRAIN DEV, or one file with --folds')
    parser.add_argument('--folds', type=int, default=0, help='cross-validate over one file by document')
    parser.add_argument('--epochs', type=int, default=5)
    parser.add_argument('--no-words', action='store_true', help='no features that name a word')
    args = parser.parse_args()
    new = lambda: {c: {'gold': 0, 'pred': 0, 'right': 0} for c in ('actor', 'place')}  # noqa: E731
    rules, tagged = new(), new()
    if args.folds:
        docs = load(args.files[0])
        for fold in range(args.folds):
            tagger = Tagger(not args.no_words)
            tagger.train([d for i, d in enumerate(docs) if i % args.folds != fold], args.epochs)
            evaluate(tagger, [d for i, d in enumerate(docs) if i % args.folds == fold], rules, tagged)
    else:
        tagger = Tagger(not args.no_words)
        tagger.train(load(args.files[0]), args.epochs)
        evaluate(tagger, load(args.files[1]), rules, tagged)
    print(line('rules (EntityExtractor)', rules))
    print(line('tagger over the rules', tagged))
    sys.stdout.flush()


if __name__ == '__main__':
    main()
