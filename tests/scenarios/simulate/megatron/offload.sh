# A launch script with an argument that changes performance and that Colossus does not model.
--tensor-model-parallel-size 8
--cpu-offloading
