"""The container image as documented: config folder at /config, state in /data, the health port from the config.
Built and run only where a Docker daemon answers; skipped with the reason elsewhere."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
IMAGE = "newsbot-test:latest"


def _docker() -> str | None:
    docker = shutil.which("docker")
    if docker is None:
        return None
    ok = subprocess.run([docker, "info"], check=False, capture_output=True, timeout=30)
    return docker if ok.returncode == 0 else None


def test_the_dockerfile_keeps_state_in_data_and_asks_the_configs_health_port() -> None:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "ENV NEWSBOT_DATA_DIR=/data" in text and "USER newsbot" in text
    assert 'CMD ["newsbot", "health", "--config", "/config/config.toml"]' in text  # not a hard-coded port
    assert ":8787/healthz" not in text
    assert "ARG EXTRAS=all" in text and '".[${EXTRAS}]"' in text  # compose's PostgreSQL needs the extra
    compose = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    assert "./newsbot-config:/config" in compose and "postgres" in compose


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_the_image_runs_as_documented(tmp_path: Path) -> None:
    docker = _docker()
    if docker is None:
        pytest.skip("no Docker daemon answers here: the image is not built")
    subprocess.run([docker, "build", "-q", "-t", IMAGE, str(ROOT)], check=True, timeout=900)
    conf = tmp_path / "conf"
    conf.mkdir()
    (conf / "config.toml").write_text('[polling]\ninterval = 60\n[http]\nlisten = "127.0.0.1:8799"\n',
                                      encoding="utf-8")
    conf.chmod(0o777)
    res = subprocess.run([docker, "run", "--rm", "--network", "none", "-v", f"{conf}:/config", IMAGE,
                          "check", "--config", "/config/config.toml"], check=False, capture_output=True, text=True,
                         timeout=120)
    assert res.returncode == 0, res.stderr
    version = subprocess.run([docker, "run", "--rm", "--network", "none", IMAGE, "--version"], check=False,
                             capture_output=True, text=True, timeout=120)
    assert version.returncode == 0 and version.stdout.startswith("newsbot ")
