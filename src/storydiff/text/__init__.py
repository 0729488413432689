"""Text stage: tokens, sentences and language of a document's text, and the one word
rule, shingle definition and hash every stage shares (``fasthash``, ``shingles``,
``kernels``)."""

from storydiff.text.language import detect_language
from storydiff.text.sentences import Sentence, split_sentences
from storydiff.text.shingles import overlap, shingle_set, text_shingles
from storydiff.text.tokens import Token, normalise_token, tokenize, words

__all__ = [
    "Sentence",
    "Token",
    "detect_language",
    "normalise_token",
    "overlap",
    "shingle_set",
    "split_sentences",
    "text_shingles",
    "tokenize",
    "words",
]
