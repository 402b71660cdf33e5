"""Maps the stage folders at the top of the repository into the one import namespace `danvan`."""

from setuptools import find_namespace_packages, setup

STAGES = {
    "danvan": "danvan",
    "danvan.nlp": "nlp",
    "danvan.models": "models",
    "danvan.corpus": "corpus",
    "danvan.crawler": "crawler",
}

packages = []
for package, folder in STAGES.items():
    packages.append(package)
    packages += [f"{package}.{sub}" for sub in find_namespace_packages(folder, exclude=["*__pycache__*"])]

setup(packages=sorted(set(packages)), package_dir=STAGES)
