# A launch script with an argument Colossus does not know.
--tensor-model-parallel-size 8
--frobnicate-the-kernels 3
