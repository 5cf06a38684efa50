foliocheck-baseline 2
