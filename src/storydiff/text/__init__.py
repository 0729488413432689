"""Text stage: tokens, sentences, shingles and language of a document's text."""

from storydiff.text.language import detect_language
from storydiff.text.sentences import Sentence, split_sentences
from storydiff.text.shingles import shingles
from storydiff.text.tokens import Token, normalise_token, tokenize, words

__all__ = [
    "Sentence",
    "Token",
    "detect_language",
    "normalise_token",
    "shingles",
    "split_sentences",
    "tokenize",
    "words",
]
