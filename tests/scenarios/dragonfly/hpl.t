# `colossus validate --hpl`: every HPL row against its published Top500 Rmax.
$ colossus validate --hpl
> HPL rows (Top500), Rmax published vs estimated, PFLOP/s (docs/top500.md); fit: used to fit the model
> row                          edition  rank gpu       devices  measured predicted   error  fit  Rpeak pub Rpeak ours   error
> top500-2024-11-frontier      Nov 2024    2 mi250x      76832   1353.00   1352.67   -0.0%  yes    2055.72    3676.41  +78.8%
> top500-2024-06-frontier      Jun 2024    1 mi250x      73728   1206.00   1298.03   +7.6%   no    1714.81    3527.88 +105.7%
> top500-2024-11-lumi          Nov 2024    8 mi250x      23328    379.70    410.70   +8.2%   no     531.51    1116.24 +110.0%
> top500-2024-11-el-capitan    Nov 2024    1 mi300a      43808   1742.00   1857.81   +6.6%  yes    2746.38    5370.86  +95.6%
> top500-2024-11-tuolumne      Nov 2024   10 mi300a       4608    208.10    195.42   -6.1%  yes     288.88     564.94  +95.6%
> top500-2024-06-aurora        Jun 2024    2 max-1550    63744   1012.00   1011.73   -0.0%  yes    1980.01    3340.19  +68.7%
> top500-2023-11-eagle         Nov 2023    3 h100-sxm    14400    561.20    561.06   -0.0%  yes     846.84     964.80  +13.9%
> top500-2023-11-eos           Nov 2023    9 h100-sxm     3328    121.40    129.67   +6.8%   no     188.65     222.98  +18.2%
> top500-2025-06-jupiter       Jun 2025    4 gh200       23536    793.40    793.14   -0.0%  yes     930.00    1576.91  +69.6%
> 9 HPL rows: max |error| 8.2% (target 10%)
