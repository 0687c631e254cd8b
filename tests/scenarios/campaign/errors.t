# Bad input to `colossus campaign`: exit 2, one line naming the file:line or flag and the field.

# negative_rate
$ colossus campaign tests/scenarios/campaign/bad/bad-rate-campaign.yaml
! exit 2
2> tests/scenarios/campaign/bad/negative-rate.yaml:5: components[0].rate_per_1000_unit_days: expected a number in [0, 1000000], got -0.1

# phase_without_tokens
$ colossus campaign tests/scenarios/campaign/bad/phase-no-tokens.yaml
! exit 2
2> tests/scenarios/campaign/bad/phase-no-tokens.yaml:5: phases[0].tokens: phase "ramp" has no tokens (only the last phase may take the rest)

# last_phase_left_nothing
$ colossus campaign tests/scenarios/campaign/bad/phase-zero-tokens.yaml
! exit 2
2> tests/scenarios/campaign/bad/phase-zero-tokens.yaml:7: phases[1].tokens: phase "main" has no tokens: the phases before it take all 200000000000 of the campaign's tokens

# interval_zero_in_file
$ colossus campaign tests/scenarios/campaign/bad/interval-zero.yaml
! exit 2
2> tests/scenarios/campaign/bad/interval-zero.yaml:5: checkpoint.interval: expected a duration such as 45s, 30m, 2h or 1.5d (at least 1 s), got '0m'

# interval_zero_flag
$ colossus campaign --checkpoint-interval 0
! exit 2
2> <command line>: --checkpoint-interval: expected a duration such as 45s, 30m, 2h or 1.5d (at least 1 s), got '0'

# interval_nonsense
$ colossus campaign --checkpoint-interval soon
! exit 2
2> <command line>: --checkpoint-interval: expected a duration such as 45s, 30m, 2h or 1.5d (at least 1 s), got 'soon'

# storage_zero
$ colossus campaign tests/scenarios/campaign/bad/storage-zero.yaml
! exit 2
2> tests/scenarios/campaign/bad/storage-zero.yaml:5: storage.write_gb_per_s: expected a number > 0 and <= 1000000000, got 0

# no_storage
$ colossus campaign tests/scenarios/campaign/bad/no-storage.yaml
! exit 2
2> tests/scenarios/campaign/bad/no-storage.yaml: storage: cluster eos-11616 has no storage section (write_gb_per_s, read_gb_per_s), which a campaign needs to time its checkpoints; add one, or storage: to the campaign

# no_storage_scenario
$ colossus campaign --scenario examples/eos-llama70b.yaml
! exit 2
2> <command line>: storage: cluster eos-11616 has no storage section (write_gb_per_s, read_gb_per_s), which a campaign needs to time its checkpoints; add one, or storage: to the campaign

# replicas_zero
$ colossus campaign --replicas 0
! exit 2
2> <command line>: --replicas: expected a count in [1, 100000], got '0'

# replicas_absurd
$ colossus campaign --replicas 1G
! exit 2
2> <command line>: --replicas: expected a count in [1, 100000], got '1G' = 1000000000

# replicas_absurd_in_file
$ colossus campaign tests/scenarios/campaign/bad/replicas-huge.yaml
! exit 2
2> tests/scenarios/campaign/bad/replicas-huge.yaml:4: replicas: expected an integer in [1, 100000], got 1000000000

# tokens_and_days
$ colossus campaign --tokens 1T --days 3
! exit 2
2> <command line>: --days: give --tokens or --days, not both

# days_negative
$ colossus campaign --days -1
! exit 2
2> <command line>: --days: Value -1 not in range 0.041667 to 3660.000000

# unknown_preset
$ colossus campaign nosuch
! exit 2
2> <command line>: campaign: unknown campaign preset "nosuch"; available: b200-llama405b-15t, memphis-grok1-15t

# campaign_and_scenario
$ colossus campaign small --scenario examples/memphis-grok1.yaml
! exit 2
2> <command line>: --scenario: give a campaign or --scenario, not both
