validate --measured tests/bad_specs/folder.json
