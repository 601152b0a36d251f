# Linear SVM baseline for bench/quality.mjs: word 1-2-grams and character 2-5-grams (TF-IDF,
# sublinear tf) into scikit-learn's LinearSVC, the usual strong text-classification baseline.
# Reads {"texts": [...], "labels": [0|1, ...], "splits": [{"train": [...], "test": [...]}, ...]}
# on stdin and writes {"scores": [...]} (the decision function of each test item, by corpus
# index; null for items in no test part). Run with Debian's /usr/bin/python3 + python3-sklearn.
import json
import sys

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import make_pipeline, make_union
from sklearn.svm import LinearSVC


def model():
    words = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=1, lowercase=True)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2, lowercase=True)
    return make_pipeline(make_union(words, chars), LinearSVC(C=1.0))


def main():
    data = json.load(sys.stdin)
    texts = data["texts"]
    labels = data["labels"]
    scores = [None] * len(texts)
    for split in data["splits"]:
        m = model()
        m.fit([texts[i] for i in split["train"]], [labels[i] for i in split["train"]])
        out = m.decision_function([texts[i] for i in split["test"]])
        for i, s in zip(split["test"], out):
            scores[i] = float(s)
    json.dump({"scores": scores}, sys.stdout)


main()
