# The configure-level cases of the OpenSSLProbe module, one line each, as
# CMake's own Tests/RunCMake/<Module>/RunCMakeTest.cmake lists them.  Each
# <Case> runs <Case>.cmake in a consumer project and compares with the
# <Case>-result.txt, -stdout.txt, -stderr.txt and -check.cmake beside it.
# The installs (_p3, ...) and fixtures (_fix, ...) come from
# ../CMakeLists.txt and ../Fixtures.cmake.

# The system's libssl-dev.
openssl_probe_add_case(SystemPass)
openssl_probe_add_case(SystemTls13)
openssl_probe_add_case(CxxOnly OPTIONS -DRunCMake_LANGUAGES=CXX)
openssl_probe_add_case(MinVersionTooHigh)
openssl_probe_add_case(MinVersionDevSuffix)
openssl_probe_add_case(ResultVariable)
openssl_probe_add_case(Reconfigure)

# Real OpenSSL builds from Debian's source package.
openssl_probe_add_case(OverridePrefix OPTIONS "-DWITH_OPENSSL_DIR=${_p3}"
  VARS OSP_PREFIX "${_p3}" REQUIRES "${_p3}")
openssl_probe_add_case(RootDirEnv ENV "OPENSSL_ROOT_DIR=${_p3}"
  VARS OSP_PREFIX "${_p3}" REQUIRES "${_p3}")
openssl_probe_add_case(OverridesDisagree
  OPTIONS "-DWITH_OPENSSL_DIR=${_p3}" "-DOPENSSL_ROOT_DIR=/usr"
  VARS OSP_PREFIX "${_p3}" REQUIRES "${_p3}")
openssl_probe_add_case(NoTls12 OPTIONS "-DWITH_OPENSSL_DIR=${_p3_no12}"
  REQUIRES "${_p3_no12}")
openssl_probe_add_case(NoTls12AskedTls13 OPTIONS "-DWITH_OPENSSL_DIR=${_p3_no12}"
  REQUIRES "${_p3_no12}")
openssl_probe_add_case(OverrideSwitch OPTIONS "-DWITH_OPENSSL_DIR=${_p3}"
  VARS OSP_PREFIX "${_p3}" OSP_PREFIX_NO_TLS12 "${_p3_no12}"
  REQUIRES "${_p3}" "${_p3_no12}")
openssl_probe_add_case(HeaderLibraryMismatch
  OPTIONS "-DOpenSSLProbe_INCLUDE_DIR=${_p3}/include" REQUIRES "${_p3}")

# BoringSSL from Debian's android-libboringssl-dev.
openssl_probe_add_case(BoringSSL OPTIONS ${_bssl_options}
  REQUIRES "${_bssl_inc}/openssl/base.h")
openssl_probe_add_case(BoringSSLTls13 OPTIONS ${_bssl_options}
  REQUIRES "${_bssl_inc}/openssl/base.h")

# MIN_VERSION counts OpenSSL releases; each fork has a floor of its own, and
# FLAVORS says which are acceptable at all.
foreach(_case IN ITEMS BoringSSLMinVersion BoringSSLApiFloor BoringSSLApiTooOld
                       FlavorsExcludeBoringSSL)
  openssl_probe_add_case(${_case} OPTIONS ${_bssl_options}
    REQUIRES "${_bssl_inc}/openssl/base.h")
endforeach()
openssl_probe_add_case(FlavorsAllowOpenSSL)
openssl_probe_add_case(BadFlavors)
openssl_probe_add_case(BadForkFloor)

# The fake 1.0.0t install: no package ships 1.0.0.
openssl_probe_add_case(FakeOpenSSL100 OPTIONS "-DWITH_OPENSSL_DIR=${OSP_TEST_FAKE_100}")

# Bad input.
openssl_probe_add_case(OverrideMissing OPTIONS "-DWITH_OPENSSL_DIR=/nonexistent/openssl")
openssl_probe_add_case(UnknownArgument)
openssl_probe_add_case(BadMinVersion)
openssl_probe_add_case(BadTls)

# The override is not an install prefix.
openssl_probe_add_case(OverrideIsFile
  OPTIONS "-DWITH_OPENSSL_DIR=${_fake100}/include/openssl/ssl.h")
openssl_probe_add_case(OverrideIsProgram OPTIONS "-DWITH_OPENSSL_DIR=/usr/bin/openssl"
  REQUIRES /usr/bin/openssl)
openssl_probe_add_case(OverrideIsHeaderFolder
  OPTIONS "-DWITH_OPENSSL_DIR=${_p3}/include/openssl" REQUIRES "${_p3}")
openssl_probe_add_case(OverrideIsLibFolder
  OPTIONS "-DWITH_OPENSSL_DIR=${_p3}/lib64" REQUIRES "${_p3}")
openssl_probe_add_case(OverrideEmptyDir OPTIONS "-DWITH_OPENSSL_DIR=${_fix}/empty")
openssl_probe_add_case(OverrideNoOpenSSL
  OPTIONS "-DWITH_OPENSSL_DIR=${CMAKE_CURRENT_SOURCE_DIR}")
openssl_probe_add_case(OverrideRelativeMissing OPTIONS "-DWITH_OPENSSL_DIR=no/such/openssl")
set(_p3_relative "")
if(_p3)
  file(RELATIVE_PATH _p3_relative "${_osp_work_dir}/OverrideRelative-build" "${_p3}")
endif()
openssl_probe_add_case(OverrideRelative OPTIONS "-DWITH_OPENSSL_DIR=${_p3_relative}"
  VARS OSP_PREFIX "${_p3}" REQUIRES "${_p3}")
openssl_probe_add_case(OverrideCleared OPTIONS "-DWITH_OPENSSL_DIR=")
openssl_probe_add_case(EnvRootDirMissing ENV "OPENSSL_ROOT_DIR=/nonexistent/ssl")
openssl_probe_add_case(EnvRootDirDisagrees OPTIONS "-DWITH_OPENSSL_DIR=${_p3}"
  ENV "OPENSSL_ROOT_DIR=/usr" REQUIRES "${_p3}")

# Parts of the install are missing or broken.
openssl_probe_add_case(HeadersWithoutLibraries
  OPTIONS "-DWITH_OPENSSL_DIR=${_fix}/headers-only" REQUIRES "${_p3}")
openssl_probe_add_case(LibrariesWithoutHeaders
  OPTIONS "-DWITH_OPENSSL_DIR=${_fix}/libraries-only" REQUIRES "${_p3}")
openssl_probe_add_case(OnlyLibcrypto
  OPTIONS "-DWITH_OPENSSL_DIR=${_fix}/crypto-only" REQUIRES "${_p3}")
openssl_probe_add_case(TruncatedLibssl
  OPTIONS "-DWITH_OPENSSL_DIR=${_fix}/truncated-libssl" REQUIRES "${_p3}")
openssl_probe_add_case(NotElfLibssl
  OPTIONS "-DWITH_OPENSSL_DIR=${_fix}/not-elf-libssl" REQUIRES "${_p3}")
openssl_probe_add_case(EmptyLibssl
  OPTIONS "-DWITH_OPENSSL_DIR=${_fix}/empty-libssl" REQUIRES "${_p3}")
openssl_probe_add_case(ForeignArchitecture
  OPTIONS "-DWITH_OPENSSL_DIR=${_foreign}" REQUIRES "${_foreign}")
openssl_probe_add_case(HandSetLibraryMissing
  OPTIONS "-DOpenSSLProbe_SSL_LIBRARY=/nonexistent/libssl.so")
openssl_probe_add_case(HandSetIncludeWithoutHeaders
  OPTIONS "-DOpenSSLProbe_INCLUDE_DIR=${CMAKE_CURRENT_SOURCE_DIR}")
openssl_probe_add_case(HandSetOutsideOverride
  OPTIONS "-DWITH_OPENSSL_DIR=${_p3}" "-DOpenSSLProbe_SSL_LIBRARY=${_sys_ssl}"
  REQUIRES "${_p3}" "${_sys_ssl}")

# Paths that shells, CMake lists, compilers or makefiles treat specially.
foreach(_case IN ITEMS Space Semicolon Unicode Dollar Quote)
  string(TOLOWER "_${_case}" _dir)
  openssl_probe_add_case(PathWith${_case} SCRIPT PathWith
    OPTIONS "-DWITH_OPENSSL_DIR=${${_dir}}"
    VARS OSP_PREFIX "${${_dir}}" REQUIRES "${_p3}")
endforeach()

# The probe itself misbehaves.
openssl_probe_add_case(ProbeCrashes OPTIONS "-DWITH_OPENSSL_DIR=${_fake100}"
  ENV OSP_FAKE_OPENSSL_MISBEHAVE=crash)
openssl_probe_add_case(ProbeHangs OPTIONS "-DWITH_OPENSSL_DIR=${_fake100}"
  ENV OSP_FAKE_OPENSSL_MISBEHAVE=hang)
openssl_probe_add_case(LdLibraryPathRedirect OPTIONS "-DWITH_OPENSSL_DIR=${_p3}"
  ENV "LD_LIBRARY_PATH=/usr/lib/${CMAKE_LIBRARY_ARCHITECTURE}" REQUIRES "${_p3}")

# Arguments.
openssl_probe_add_case(BadTimeout)
openssl_probe_add_case(ReasonWithoutResult)
openssl_probe_add_case(HostileMinVersion
  OPTIONS [=[-DOSP_CASE_MIN=1.0.1${PWN}$(touch osp-pwned)"]=])
openssl_probe_add_case(HostileOverride
  OPTIONS [=[-DWITH_OPENSSL_DIR=/tmp/osp-$(touch osp-pwned)/${HOME}/"x"]=])
openssl_probe_add_case(NewlineInOverride OPTIONS "-DWITH_OPENSSL_DIR=/tmp/osp\nnewline")

# Caching: re-probe exactly when an input changed.
openssl_probe_add_case(ReprobeOnOptionChange)
openssl_probe_add_case(ReprobeOnLibraryChange LOCK touched-fixture
  OPTIONS "-DWITH_OPENSSL_DIR=${_fix}/touched"
  VARS OSP_PREFIX "${_fix}/touched" REQUIRES "${_p3}")
openssl_probe_add_case(ReprobeOnFlagsChange)

# Security: no network, nothing written outside the build directory.
openssl_probe_add_case(NoNetwork PREFIX unshare -n REQUIRES /usr/bin/unshare)
openssl_probe_add_case(ReadOnlyModule
  OPTIONS "-DOpenSSLProbe_MODULE_DIR=${_ro}/cmake"
  VARS OSP_MODULE_COPY "${_ro}" RunCMake_TEST_SOURCE_DIR "${_ro}"
       OSP_MODULE_MANIFEST "${_fix}/read-only-module.manifest")

# Cross-compiling: a toolchain file that sets CMAKE_SYSTEM_NAME, without
# and with an emulator (a wrapper that records its runs).
set(_cross "-DCMAKE_TOOLCHAIN_FILE=${_osp_cases_dir}/cross-toolchain.cmake")
openssl_probe_add_case(CrossNoEmulator OPTIONS "${_cross}")
openssl_probe_add_case(CrossRequireRun OPTIONS "${_cross}")
openssl_probe_add_case(CrossEmulator
  OPTIONS "${_cross}" "-DCMAKE_CROSSCOMPILING_EMULATOR=${_osp_cases_dir}/emulator.sh")
openssl_probe_add_case(CrossTooOld OPTIONS "${_cross}" "-DWITH_OPENSSL_DIR=${_fake100}")
openssl_probe_add_case(CrossNoTls12 OPTIONS "${_cross}" "-DWITH_OPENSSL_DIR=${_p3_no12}"
  REQUIRES "${_p3_no12}")
openssl_probe_add_case(CrossCryptoOnly OPTIONS "${_cross}" "-DWITH_OPENSSL_DIR=${_p3_no12}"
  REQUIRES "${_p3_no12}")

# Languages: C only (every case above), C++ only, both.
openssl_probe_add_case(BothLanguages OPTIONS "-DRunCMake_LANGUAGES=C,CXX")

# The trust store: missing CA certificates warn, they do not fail.
openssl_probe_add_case(TrustStoreMissing
  ENV SSL_CERT_FILE=/nonexistent/cert.pem SSL_CERT_DIR=/nonexistent/certs)

# OpenSSL's run-time configuration binds every default client: the verdict
# is what such a client gets, and names the configuration when it is the
# cause (real configuration files, as a hardened machine would have).
set(_conf "${_osp_cases_dir}/config")
openssl_probe_add_case(ConfigMinProtocol ENV "OPENSSL_CONF=${_conf}/min-tls13.cnf")
openssl_probe_add_case(ConfigMinProtocolAskedTls13
  ENV "OPENSSL_CONF=${_conf}/min-tls13.cnf")
openssl_probe_add_case(ConfigSecurityLevel ENV "OPENSSL_CONF=${_conf}/seclevel5.cnf")
openssl_probe_add_case(ReprobeOnConfigChange)
openssl_probe_add_case(ConfigMinProtocolOwnRange ENV "OPENSSL_CONF=${_conf}/min-tls13.cnf")
openssl_probe_add_case(ConfigFipsOnly ENV "OPENSSL_CONF=${_conf}/fips-only.cnf")

# Static linking: a real no-shared build, the variable FindOpenSSL users
# set, and an install without archives.
set(_p3_static "${OSP_TEST_STATIC_PREFIX}")
openssl_probe_add_case(StaticPrefix OPTIONS "-DWITH_OPENSSL_DIR=${_p3_static}"
  REQUIRES "${_p3_static}")
openssl_probe_add_case(StaticPrivateLibs OPTIONS "-DWITH_OPENSSL_DIR=${_fix}/static-with-zlib"
  REQUIRES "${_p3_static}")
openssl_probe_add_case(StaticViaVariable
  OPTIONS "-DWITH_OPENSSL_DIR=${_p3}" -DOPENSSL_USE_STATIC_LIBS=TRUE REQUIRES "${_p3}")
openssl_probe_add_case(StaticNotAvailable OPTIONS "-DWITH_OPENSSL_DIR=${_fake100}")

# The OpenSSL a Ruby uses (Debian's ruby).
find_program(_osp_ruby ruby)
openssl_probe_add_case(RubyPass REQUIRES "${_osp_ruby}")
openssl_probe_add_case(RubyTooOld REQUIRES "${_osp_ruby}")
openssl_probe_add_case(RubyMissing)
openssl_probe_add_case(RubyMissingCodes)
openssl_probe_add_case(RubyReasonCleared REQUIRES "${_osp_ruby}")

# OpenSSL's own OpenSSLConfig.cmake (3.3+) neither shadows nor confuses the probe.
openssl_probe_add_case(OpenSSLConfigIgnored
  OPTIONS "-DWITH_OPENSSL_DIR=${_fix}/with-fake-openssl-config"
          "-DCMAKE_PREFIX_PATH=${_fix}/with-fake-openssl-config"
  REQUIRES "${_p3}")
# --log-level=VERBOSE lists the candidate installs and why each was taken.
openssl_probe_add_case(VerboseCandidates OPTIONS --log-level=VERBOSE)

# Targets of that name that exist already are not replaced.
openssl_probe_add_case(ExistingOpenSSLTargets)

# A consumer that asks for older policies still gets the module's own.
openssl_probe_add_case(OldPolicyConsumer OPTIONS -DRunCMake_MINIMUM_VERSION=3.10)

# Another API generation: a real OpenSSL 1.1.1, from Debian's bullseye.
set(_p111 "${OSP_TEST_OPENSSL111_PREFIX}")
openssl_probe_add_case(OpenSSL111Pass OPTIONS "-DWITH_OPENSSL_DIR=${_p111}"
  REQUIRES "${_p111}")
openssl_probe_add_case(OpenSSL111TooOld OPTIONS "-DWITH_OPENSSL_DIR=${_p111}"
  REQUIRES "${_p111}")

# Every real release the test setup builds from Debian's releases: 1.1.1
# (bullseye), 3.5 (trixie), 3.6 (sid), each passing, with TLS 1.3, too old
# for a raised MIN_VERSION, and judged from its headers when cross-compiling.
foreach(_release IN ITEMS "1.1.1|${OSP_TEST_OPENSSL111_PREFIX}|1\\.1\\.1[a-z]+"
                          "3.5|${OSP_TEST_OPENSSL35_PREFIX}|3\\.5\\.[0-9]+"
                          "3.6|${OSP_TEST_OPENSSL36_PREFIX}|3\\.6\\.[0-9]+")
  string(REPLACE "|" ";" _release "${_release}")
  list(GET _release 0 _v)
  list(GET _release 1 _prefix)
  list(GET _release 2 _re)
  foreach(_script IN ITEMS ReleasePass ReleaseTls13 ReleaseTooOld ReleaseCross)
    set(_extra "")
    if(_script STREQUAL "ReleaseCross")
      set(_extra "${_cross}")
    endif()
    openssl_probe_add_case(${_script}-${_v} SCRIPT ${_script}
      OPTIONS "-DWITH_OPENSSL_DIR=${_prefix}" ${_extra}
      VARS OSP_PREFIX "${_prefix}" OSP_VERSION_RE "${_re}" REQUIRES "${_prefix}")
  endforeach()
endforeach()

# The project's flags: the strictest common warning sets of GCC and Clang,
# as C and as C++ (the probe's code compiles cleanly under them), and a
# flag that does trip the probe (named as the cause, not OpenSSL).
set(_gnu_strict "-Wall -Wextra -Wpedantic -Werror -Wconversion -Wshadow -Wcast-qual -Wformat=2")
set(_clang_strict "-Weverything -Werror -Wno-padded -Wno-disabled-macro-expansion -Wno-declaration-after-statement")
set(_cxx_only "-Wold-style-cast -Wuseless-cast -Wzero-as-null-pointer-constant")
foreach(_case IN ITEMS "GccC|C|cc|${_gnu_strict} -Wdeclaration-after-statement"
                       "GccCxx|CXX|c++|${_gnu_strict} ${_cxx_only}"
                       "ClangC|C|clang|${_clang_strict}"
                       "ClangCxx|CXX|clang++|${_clang_strict} -Wno-c++98-compat -Wno-c++98-compat-pedantic")
  string(REPLACE "|" ";" _case "${_case}")
  list(GET _case 0 _name)
  list(GET _case 1 _lang)
  list(GET _case 2 _compiler)
  list(GET _case 3 _flags)
  find_program(_osp_compiler_${_compiler} ${_compiler})
  openssl_probe_add_case(StrictFlags${_name} SCRIPT StrictFlags
    OPTIONS -DRunCMake_LANGUAGES=${_lang}
            "-DCMAKE_${_lang}_COMPILER=${_osp_compiler_${_compiler}}"
    VARS OSP_STRICT_FLAGS "${_flags}" REQUIRES "${_osp_compiler_${_compiler}}")
endforeach()
openssl_probe_add_case(FlagsBreakProbe)

# A pass the application gets: a prefix the loader does not search, with a
# build that gives programs no run path to it, is warned about.
openssl_probe_add_case(RunPathSkipped
  OPTIONS "-DWITH_OPENSSL_DIR=${_p3}" -DCMAKE_SKIP_RPATH=ON REQUIRES "${_p3}")
openssl_probe_add_case(RunPathInstallOnly
  OPTIONS "-DWITH_OPENSSL_DIR=${_p3}" -DCMAKE_BUILD_WITH_INSTALL_RPATH=ON
          "-DCMAKE_INSTALL_RPATH=$ORIGIN/../lib" REQUIRES "${_p3}")

# The project itself cannot compile a probe: the cause is named, OpenSSL
# is not blamed.
openssl_probe_add_case(NoLanguage OPTIONS -DRunCMake_LANGUAGES=NONE)
openssl_probe_add_case(BeforeProject OPTIONS -DRunCMake_BEFORE_PROJECT=ON)
# A toolchain that searches only below its root, a sysroot without OpenSSL.
openssl_probe_add_case(FindRootOnly OPTIONS "-DCMAKE_FIND_ROOT_PATH=${_fix}/empty-sysroot"
  -DCMAKE_FIND_ROOT_PATH_MODE_INCLUDE=ONLY -DCMAKE_FIND_ROOT_PATH_MODE_LIBRARY=ONLY)
# Two configures of one build directory at once, in a loop.
openssl_probe_add_case(ConcurrentConfigures OPTIONS -DOSP_CASE_MIN=1.0.1)

# Static linking end to end: a fully static program, an install of archives
# only (probed as STATIC without being asked), and -static in the project's
# flags with shared libraries (named, with STATIC as the way out).
openssl_probe_add_case(StaticFully OPTIONS "-DWITH_OPENSSL_DIR=${_p3_static}"
  REQUIRES "${_p3_static}")
openssl_probe_add_case(ArchivesOnlyPrefix OPTIONS "-DWITH_OPENSSL_DIR=${_p3_static}"
  REQUIRES "${_p3_static}")
openssl_probe_add_case(StaticFlagSharedLibs)
openssl_probe_add_case(FlagsBreakProbeStaticLink)

# Install layouts: a linker script is followed to the library it names; an
# install without development links, or with a broken one, is named so.
foreach(_case IN ITEMS "LinkerScriptLibssl|ld-script" "RuntimeOnlyLibssl|runtime-only"
                       "BrokenLinkLibssl|broken-link")
  string(REPLACE "|" ";" _case "${_case}")
  list(GET _case 0 _name)
  list(GET _case 1 _dir)
  openssl_probe_add_case(${_name} OPTIONS "-DWITH_OPENSSL_DIR=${_fix}/${_dir}"
    VARS OSP_PREFIX "${_fix}/${_dir}" REQUIRES "${_p3}")
endforeach()

# The probe's folder on a noexec mount: the configure runs in a mount
# namespace of its own where that folder (relative to the build directory,
# where cmake starts) is a noexec tmpfs.
openssl_probe_add_case(ProbeNoexec
  PREFIX unshare -m sh -c "mkdir -p \"$0\" && mount -t tmpfs -o noexec tmpfs \"$0\" && exec \"$@\""
         CMakeFiles/OpenSSLProbe
  REQUIRES /usr/bin/unshare)
# One build in two prefixes that one pkg-config package describes.
openssl_probe_add_case(SplitInstallPkgConfig
  ENV "PKG_CONFIG_PATH=${_split}/out/lib/pkgconfig" VARS OSP_SPLIT "${_split}"
  REQUIRES "${_p3}")
# The probe's folder read-only.
openssl_probe_add_case(ProbeFolderReadOnly
  PREFIX unshare -m sh -c "mkdir -p \"$0\" && mount -t tmpfs -o ro tmpfs \"$0\" && exec \"$@\""
         CMakeFiles/OpenSSLProbe
  REQUIRES /usr/bin/unshare)

# One install for the whole build: every find_package(OpenSSL) after the
# probe gets the verified install (or, after a failure, "not found"), and
# targets made earlier for another install fail the probe.
openssl_probe_add_case(ProbeThenFindPackage OPTIONS "-DWITH_OPENSSL_DIR=${_p3}"
  VARS OSP_PREFIX "${_p3}" REQUIRES "${_p3}")
openssl_probe_add_case(FindPackageThenProbe OPTIONS "-DWITH_OPENSSL_DIR=${_p3}"
  REQUIRES "${_p3}")
openssl_probe_add_case(ProbeFailsThenFindPackage OPTIONS "-DWITH_OPENSSL_DIR=${_p3_no12}"
  REQUIRES "${_p3_no12}")

# The dependency provider answers an unmodified project's find_package(OpenSSL).
set(_provider "-DCMAKE_PROJECT_TOP_LEVEL_INCLUDES=${PROJECT_SOURCE_DIR}/cmake/OpenSSLProbeProvider.cmake")
openssl_probe_add_case(ProviderManyCalls OPTIONS "${_provider}" "-DWITH_OPENSSL_DIR=${_p3}"
  VARS OSP_PREFIX "${_p3}" REQUIRES "${_p3}")
openssl_probe_add_case(ProviderRequiredFails OPTIONS "${_provider}"
  "-DWITH_OPENSSL_DIR=${_p3_no12}" REQUIRES "${_p3_no12}")
openssl_probe_add_case(ProviderNotRequired OPTIONS "${_provider}"
  "-DWITH_OPENSSL_DIR=${_p3_no12}" REQUIRES "${_p3_no12}")
openssl_probe_add_case(ProviderVersion OPTIONS "${_provider}")
openssl_probe_add_case(ProviderComponents OPTIONS "${_provider}")
# A project that also asks pkg-config: after a pass under an override it
# gets the verified install there too; named where pkg-config gave
# another install before the probe, silent where it agrees.
openssl_probe_add_case(PkgConfigElsewhere OPTIONS "-DWITH_OPENSSL_DIR=${_p3}"
  REQUIRES "${_p3}" "${_sys_ssl}")
openssl_probe_add_case(PkgConfigAgrees OPTIONS "-DWITH_OPENSSL_DIR=${_p3}"
  REQUIRES "${_p3}")
openssl_probe_add_case(PkgConfigFollows OPTIONS "-DWITH_OPENSSL_DIR=${_p3}"
  REQUIRES "${_p3}")
# Targets that link OpenSSL by name under an override are named too.
openssl_probe_add_case(BareLinks OPTIONS "-DWITH_OPENSSL_DIR=${_p3}" REQUIRES "${_p3}")
# libcrypto alone (COMPONENTS Crypto): a verdict without a TLS claim, on an
# install that has no libssl; after a whole pass, the pass serves.
openssl_probe_add_case(CryptoOnly OPTIONS "-DWITH_OPENSSL_DIR=${_fix}/crypto-only"
  VARS OSP_PREFIX "${_fix}/crypto-only" REQUIRES "${_p3}")
openssl_probe_add_case(CryptoOnlyTooOld OPTIONS "-DWITH_OPENSSL_DIR=${_fix}/crypto-only"
  REQUIRES "${_p3}")
openssl_probe_add_case(BadComponents)
openssl_probe_add_case(ProviderCryptoOnly OPTIONS "${_provider}"
  "-DWITH_OPENSSL_DIR=${_fix}/crypto-only" REQUIRES "${_p3}")
openssl_probe_add_case(ProviderCryptoAfterPass OPTIONS "${_provider}")
openssl_probe_add_case(ProviderBadOverride OPTIONS "${_provider}"
  "-DWITH_OPENSSL_DIR=/nonexistent/openssl")
openssl_probe_add_case(ProviderMinVersionVariable OPTIONS "${_provider}"
  -DOPENSSL_PROBE_MIN_VERSION=9.0)
openssl_probe_add_case(ProviderOtherPackages OPTIONS "${_provider}")

# Real projects, unmodified, through the provider: Eclipse Mosquitto (its
# libmosquitto links OpenSSL::SSL's files through OPENSSL_LIBRARIES) and
# libssh2.  Their own deprecation warnings are not the probe's to pin; a
# cmake_minimum_required older than 3.5 needs a floor on CMake 4.
set(_real "${_provider}" -Wno-deprecated --no-warn-unused-cli)
set(_real_env CMAKE_POLICY_VERSION_MINIMUM=3.5)
set(_mosquitto "${OSP_TEST_MOSQUITTO_SOURCE}")
set(_mosquitto_options ${_real} -DWITH_CJSON=OFF -DDOCUMENTATION=OFF -DWITH_CLIENTS=OFF
  -DWITH_BROKER=OFF -DWITH_APPS=OFF -DWITH_PLUGINS=OFF)
openssl_probe_add_case(MosquittoSystem OPTIONS ${_mosquitto_options} ENV ${_real_env}
  VARS RunCMake_TEST_SOURCE_DIR "${_mosquitto}" REQUIRES "${_mosquitto}")
openssl_probe_add_case(MosquittoNoTls12 ENV ${_real_env}
  OPTIONS ${_mosquitto_options} "-DWITH_OPENSSL_DIR=${_p3_no12}"
  VARS RunCMake_TEST_SOURCE_DIR "${_mosquitto}" REQUIRES "${_mosquitto}" "${_p3_no12}")
openssl_probe_add_case(MosquittoPrefix ENV ${_real_env}
  OPTIONS ${_mosquitto_options} "-DWITH_OPENSSL_DIR=${_p3}"
  VARS RunCMake_TEST_SOURCE_DIR "${_mosquitto}" OSP_PREFIX "${_p3}"
  REQUIRES "${_mosquitto}" "${_p3}")
set(_libssh2 "${OSP_TEST_LIBSSH2_SOURCE}")
set(_libssh2_options ${_real} -DCRYPTO_BACKEND=OpenSSL -DBUILD_SHARED_LIBS=ON
  -DBUILD_EXAMPLES=OFF -DBUILD_TESTING=OFF)
openssl_probe_add_case(Libssh2System OPTIONS ${_libssh2_options} ENV ${_real_env}
  VARS RunCMake_TEST_SOURCE_DIR "${_libssh2}" REQUIRES "${_libssh2}")
openssl_probe_add_case(Libssh2NoTls12 ENV ${_real_env}
  OPTIONS ${_libssh2_options} "-DWITH_OPENSSL_DIR=${_p3_no12}"
  VARS RunCMake_TEST_SOURCE_DIR "${_libssh2}" REQUIRES "${_libssh2}" "${_p3_no12}")

# A stricter question after a pass, a FindOpenSSL in a sibling directory
# before the probe, and a fork through the provider.
openssl_probe_add_case(ProbeStricterFails)
openssl_probe_add_case(FindPackageInSiblingThenProbe OPTIONS "-DWITH_OPENSSL_DIR=${_p3}"
  REQUIRES "${_p3}")
openssl_probe_add_case(ProviderBoringSSL OPTIONS "${_provider}" ${_bssl_options}
  REQUIRES "${_bssl_inc}/openssl/base.h")

# The install's own openssl program, run against the verified library.
openssl_probe_add_case(ProgramSameBuild REQUIRES /usr/bin/openssl)
openssl_probe_add_case(ProgramFromAnotherBuild
  OPTIONS "-DWITH_OPENSSL_DIR=${_fix}/foreign-program" REQUIRES "${_p3}" /usr/bin/openssl)

# Upstream support, on a fixed day (the table in probe/osp_support.tsv).
set(_today -DOPENSSL_PROBE_TODAY=2026-11-27)
openssl_probe_add_case(SupportNote OPTIONS ${_today} REQUIRES /usr/bin/dpkg-query)
openssl_probe_add_case(SupportRequired OPTIONS ${_today} REQUIRES /usr/bin/dpkg-query)
openssl_probe_add_case(SupportBranchSupported
  OPTIONS ${_today} "-DWITH_OPENSSL_DIR=${OSP_TEST_OPENSSL35_PREFIX}"
  REQUIRES "${OSP_TEST_OPENSSL35_PREFIX}")
openssl_probe_add_case(SupportUnknown OPTIONS ${_today} ${_bssl_options}
  REQUIRES "${_bssl_inc}/openssl/base.h")
# Supported end to end: OpenSSL 3.6.3 (Debian sid's source) on a day when
# its branch was supported and no vulnerability in its range was public.
openssl_probe_add_case(SupportSupported OPTIONS -DOPENSSL_PROBE_TODAY=2026-07-01
  "-DWITH_OPENSSL_DIR=${OSP_TEST_OPENSSL36_PREFIX}" REQUIRES "${OSP_TEST_OPENSSL36_PREFIX}")
openssl_probe_add_case(SupportPackageHomebrew
  OPTIONS ${_today} "-DWITH_OPENSSL_DIR=${_fix}/homebrew/Cellar/openssl@3/3.0.20"
  REQUIRES "${_p3}")
openssl_probe_add_case(BadToday OPTIONS -DOPENSSL_PROBE_TODAY=yesterday)
openssl_probe_add_case(CrossRequireSupported OPTIONS "${_cross}")

# OpenSSL 3's providers and FIPS: a real enable-fips build (fipsinstall run
# by the test setup), configurations that each leave out one part of it,
# and installs that have no FIPS at all.
set(_pfips "${OSP_TEST_FIPS_PREFIX}")
openssl_probe_add_case(FipsRequired OPTIONS "-DWITH_OPENSSL_DIR=${_pfips}"
  VARS OSP_PREFIX "${_pfips}" REQUIRES "${_pfips}")
openssl_probe_add_case(FipsReported)
openssl_probe_add_case(FipsSystemRequired)
openssl_probe_add_case(FipsNotInstalled OPTIONS "-DWITH_OPENSSL_DIR=${_pfips}"
  ENV "OPENSSL_CONF=${_conf}/benign.cnf" REQUIRES "${_pfips}")
foreach(_case IN ITEMS FipsNotActivated FipsNoDefaultProperty FipsSelfTestFails)
  openssl_probe_add_case(${_case} OPTIONS "-DWITH_OPENSSL_DIR=${_pfips}"
    VARS OSP_PREFIX "${_pfips}" REQUIRES "${_pfips}")
endforeach()
openssl_probe_add_case(FipsBoringSSL OPTIONS ${_bssl_options}
  REQUIRES "${_bssl_inc}/openssl/base.h")
openssl_probe_add_case(FipsOpenSSL111 OPTIONS "-DWITH_OPENSSL_DIR=${OSP_TEST_OPENSSL111_PREFIX}"
  REQUIRES "${OSP_TEST_OPENSSL111_PREFIX}")
openssl_probe_add_case(CrossRequireFips OPTIONS "${_cross}")

# Where CMake's FindOpenSSL works, so does the drop-in, each case compared
# with FindOpenSSL in the same test: check commands and try_compile with
# OpenSSL's targets in CMAKE_REQUIRED_LIBRARIES (the system's, and an
# install the build is pointed at), the result variables after a failed
# find, and an install named by CMAKE_PREFIX_PATH in each library layout.
foreach(_via IN ITEMS "|" "Provider|${_provider}")
  string(REPLACE "|" ";" _via "${_via}")
  list(GET _via 0 _name)
  list(GET _via 1 _option)
  openssl_probe_add_case(${_name}CheckCommands SCRIPT CheckCommands OPTIONS ${_option})
  openssl_probe_add_case(${_name}CheckCommandsPrefix SCRIPT CheckCommands
    OPTIONS ${_option} "-DWITH_OPENSSL_DIR=${_p3}" REQUIRES "${_p3}")
  openssl_probe_add_case(${_name}FoundAfterFailure SCRIPT FoundAfterFailure OPTIONS ${_option})
  openssl_probe_add_case(${_name}FoundAfterFailureRequired SCRIPT FoundAfterFailureRequired
    OPTIONS ${_option})
  openssl_probe_add_case(${_name}PrefixPathLib64 SCRIPT PrefixPath
    OPTIONS ${_option} "-DCMAKE_PREFIX_PATH=${_p3}"
    VARS OSP_PREFIX "${_p3}" OSP_LIBDIR lib64 OSP_LOCATED_BY "^CMAKE_PREFIX_PATH \\("
    REQUIRES "${_p3}")
  # The package roots FindOpenSSL users set (CMP0074): the variable, and
  # the environment variable.
  openssl_probe_add_case(${_name}PackageRoot SCRIPT PrefixPath
    OPTIONS ${_option} "-DOpenSSL_ROOT=${_p3}"
    VARS OSP_PREFIX "${_p3}" OSP_LIBDIR lib64 OSP_LOCATED_BY "^OpenSSL_ROOT="
    REQUIRES "${_p3}")
  openssl_probe_add_case(${_name}PackageRootEnv SCRIPT PrefixPath
    OPTIONS ${_option} ENV "OpenSSL_ROOT=${_p3}"
    VARS OSP_PREFIX "${_p3}" OSP_LIBDIR lib64 OSP_LOCATED_BY "^ENV{OpenSSL_ROOT}="
    REQUIRES "${_p3}")
  # FindOpenSSL's hints: the exact files, as cache entries.
  openssl_probe_add_case(${_name}Hints SCRIPT PrefixPath
    OPTIONS ${_option} "-DOPENSSL_INCLUDE_DIR=${_p3}/include"
    "-DOPENSSL_SSL_LIBRARY=${_p3}/lib64/libssl.so"
    "-DOPENSSL_CRYPTO_LIBRARY=${_p3}/lib64/libcrypto.so"
    VARS OSP_PREFIX "${_p3}" OSP_LIBDIR lib64
    OSP_LOCATED_BY "^OPENSSL_INCLUDE_DIR, OPENSSL_SSL_LIBRARY, OPENSSL_CRYPTO_LIBRARY as set$"
    REQUIRES "${_p3}")
  # A hint and the override that name two installs: neither wins.
  openssl_probe_add_case(${_name}HintOutsideOverride SCRIPT HintOutsideOverride
    OPTIONS ${_option} "-DWITH_OPENSSL_DIR=${_p3}"
    "-DOPENSSL_SSL_LIBRARY=/usr/lib/${CMAKE_LIBRARY_ARCHITECTURE}/libssl.so"
    REQUIRES "${_p3}")
endforeach()
# The entries written after a pass are FindOpenSSL's results, not hints:
# another override given later is followed.
openssl_probe_add_case(EntriesNotHints VARS OSP_PREFIX "${_p3}" REQUIRES "${_p3}")
# The environment's CMAKE_PREFIX_PATH, a ':'-separated list.
openssl_probe_add_case(PrefixPathEnv SCRIPT PrefixPath
  ENV "CMAKE_PREFIX_PATH=${_fix}/empty:${_p3}"
  VARS OSP_PREFIX "${_p3}" OSP_LIBDIR lib64 OSP_LOCATED_BY "^CMAKE_PREFIX_PATH \\("
  REQUIRES "${_p3}")
foreach(_layout IN ITEMS "Lib|prefix-lib|lib"
                         "Multiarch|prefix-multiarch|lib/${CMAKE_LIBRARY_ARCHITECTURE}")
  string(REPLACE "|" ";" _layout "${_layout}")
  list(GET _layout 0 _name)
  list(GET _layout 1 _dir)
  list(GET _layout 2 _libdir)
  openssl_probe_add_case(PrefixPath${_name} SCRIPT PrefixPath
    OPTIONS "-DCMAKE_PREFIX_PATH=${_fix}/${_dir}"
    VARS OSP_PREFIX "${_fix}/${_dir}" OSP_LIBDIR "${_libdir}"
         OSP_LOCATED_BY "^CMAKE_PREFIX_PATH \\(" REQUIRES "${_p3}")
endforeach()
# The targets may be amended as FindOpenSSL's are, but not given another
# file: that fails the configure at its end.
openssl_probe_add_case(TargetsAmended)
openssl_probe_add_case(TargetsFileReplaced
  OPTIONS "-DOSP_OTHER_LIBSSL=${_p3}/lib64/libssl.so" REQUIRES "${_p3}")

# curl, unmodified, through the provider: its check_library_exists calls
# link OpenSSL::SSL and OpenSSL::Crypto (CMake/Macros.cmake), which CMake
# 3.25's try_compile does not find as aliases.  libcurl is built and loads
# the install the build was pointed at.  A real build: one CMake.
set(_curl "${OSP_TEST_CURL_SOURCE}")
openssl_probe_add_case(CurlPrefix ONE_CMAKE ENV ${_real_env}
  OPTIONS ${_real} "-DWITH_OPENSSL_DIR=${_p3}" -DCURL_USE_OPENSSL=ON
    -DCURL_USE_LIBSSH2=OFF -DCURL_USE_LIBPSL=OFF -DCURL_ZLIB=OFF -DBUILD_CURL_EXE=OFF
    -DBUILD_TESTING=OFF -DENABLE_MANUAL=OFF -DBUILD_SHARED_LIBS=ON
  VARS RunCMake_TEST_SOURCE_DIR "${_curl}" OSP_PREFIX "${_p3}"
  REQUIRES "${_curl}" "${_p3}")

# MIN_SECURITY_LEVEL, a requirement of the option table: the level a
# default client runs at under the system's configuration (Debian's sets
# 2), a library without levels, a malformed value, a cross build that
# cannot judge it, and the provider's variable.
openssl_probe_add_case(SecurityLevelPass)
openssl_probe_add_case(SecurityLevelTooLow)
openssl_probe_add_case(SecurityLevelBoringSSL OPTIONS ${_bssl_options}
  REQUIRES "${_bssl_inc}/openssl/base.h")
openssl_probe_add_case(BadSecurityLevel)
openssl_probe_add_case(CrossRequireSecurityLevel OPTIONS "${_cross}")
openssl_probe_add_case(ProviderSecurityLevel OPTIONS "${_provider}"
  -DOPENSSL_PROBE_MIN_SECURITY_LEVEL=3)

# FindOpenSSL's variables and targets, compared with CMake's own module on
# the system's install and on one passed as an override.
foreach(_via IN ITEMS "|" "Provider|${_provider}")
  string(REPLACE "|" ";" _via "${_via}")
  list(GET _via 0 _name)
  list(GET _via 1 _option)
  openssl_probe_add_case(${_name}FindOpenSSLVariables SCRIPT FindOpenSSLVariables
    OPTIONS ${_option})
  openssl_probe_add_case(${_name}FindOpenSSLVariablesPrefix SCRIPT FindOpenSSLVariables
    OPTIONS ${_option} "-DWITH_OPENSSL_DIR=${_p3}" REQUIRES "${_p3}")
endforeach()

# OPENSSL_ROOT (CMP0144), which CMake's FindOpenSSL reads from 3.27 on: the
# probe reads it on every CMake (no comparison with 3.25's, which ignores it).
openssl_probe_add_case(PackageRootUpper SCRIPT PrefixPath ENV "OPENSSL_ROOT=${_p3}"
  VARS OSP_PREFIX "${_p3}" OSP_LIBDIR lib64 OSP_LOCATED_BY "^ENV{OPENSSL_ROOT}="
       OSP_NO_STOCK 1
  REQUIRES "${_p3}")
# OPENSSL_USE_STATIC_LIBS set after a pass of the shared libraries.
openssl_probe_add_case(StaticAfterProbe)
openssl_probe_add_case(ProviderStaticAfterProbe SCRIPT StaticAfterProbe
  OPTIONS "${_provider}" VARS OSP_VIA_PROVIDER 1)

# Windows: a real OpenSSL cross-built with MinGW-w64, the probe and the
# programs run under Wine (tests/windows).  Heavy: one CMake.
set(_win_bin "Z:${_win64}/bin")
string(REPLACE "/" "\\" _win_bin "${_win_bin}")
set(_win_options "-DCMAKE_TOOLCHAIN_FILE=${PROJECT_SOURCE_DIR}/tests/windows/mingw64.cmake"
  "-DWITH_OPENSSL_DIR=${_win64}")
set(_win_env "OSP_WINEPREFIX=${_wine}")
set(_win_vars OSP_WINE_RUN "${PROJECT_SOURCE_DIR}/tests/windows/wine-run"
  OSP_WIN64_PREFIX "${_win64}")
openssl_probe_add_case(WindowsPass ONE_CMAKE OPTIONS ${_win_options}
  ENV ${_win_env} "WINEPATH=${_win_bin}" VARS ${_win_vars} REQUIRES "${_win64}" "${_wine}")
openssl_probe_add_case(WindowsDllNotFound ONE_CMAKE OPTIONS ${_win_options}
  ENV ${_win_env} "WINEPATH=" VARS ${_win_vars} REQUIRES "${_win64}" "${_wine}")
openssl_probe_add_case(WindowsDllShadowed ONE_CMAKE OPTIONS ${_win_options}
  ENV ${_win_env} VARS ${_win_vars} REQUIRES "${_win64}" "${_wine}")
openssl_probe_add_case(WindowsProvider ONE_CMAKE OPTIONS ${_win_options} "${_provider}"
  ENV ${_win_env} "WINEPATH=${_win_bin}" VARS ${_win_vars} REQUIRES "${_win64}" "${_wine}")
openssl_probe_add_case(WindowsDllMissing ONE_CMAKE
  OPTIONS "-DCMAKE_TOOLCHAIN_FILE=${PROJECT_SOURCE_DIR}/tests/windows/mingw64.cmake"
  "-DWITH_OPENSSL_DIR=${_fix}/win64-no-dlls"
  ENV ${_win_env} VARS ${_win_vars} REQUIRES "${_win64}" "${_wine}")

# More real projects, unmodified, through the provider: with an override
# naming the second real install, the library of each that links OpenSSL
# is built and must load that install; plain, each configures on the
# system's own.  Their shapes: libevent reads
# OPENSSL_LIBRARIES; libzip links OpenSSL::Crypto alone, after an optional
# find_package; libssh and librabbitmq ask for a version (1.0.1, 0.9.8),
# librabbitmq in its top directory for a library in a subdirectory;
# libwebsockets calls find_package in a subdirectory and also asks
# pkg-config, which gives it the system's OpenSSL: that is named.  Real
# builds: one CMake.
foreach(_project IN ITEMS
    "Libevent|LIBEVENT|event_openssl_shared|lib/libevent_openssl.so|-DEVENT__DISABLE_TESTS=ON;-DEVENT__DISABLE_BENCHMARK=ON;-DEVENT__DISABLE_SAMPLES=ON;-DEVENT__DISABLE_REGRESS=ON;-DEVENT__LIBRARY_TYPE=SHARED;-DEVENT__DISABLE_MBEDTLS=ON"
    "Libzip|LIBZIP|zip|lib/libzip.so|-DENABLE_GNUTLS=OFF;-DENABLE_MBEDTLS=OFF;-DENABLE_BZIP2=OFF;-DENABLE_LZMA=OFF;-DENABLE_ZSTD=OFF;-DBUILD_TOOLS=OFF;-DBUILD_REGRESS=OFF;-DBUILD_EXAMPLES=OFF;-DBUILD_DOC=OFF"
    "Libssh|LIBSSH|ssh|lib/libssh.so|-DWITH_GSSAPI=OFF;-DWITH_EXAMPLES=OFF;-DUNIT_TESTING=OFF;-DWITH_SERVER=OFF;-DWITH_GCRYPT=OFF;-DWITH_MBEDTLS=OFF"
    "Librabbitmq|LIBRABBITMQ|rabbitmq|librabbitmq/librabbitmq.so|-DBUILD_EXAMPLES=OFF;-DBUILD_TESTS=OFF;-DBUILD_TOOLS=OFF;-DBUILD_STATIC_LIBS=OFF;-DENABLE_SSL_SUPPORT=ON"
    "Libwebsockets|LIBWEBSOCKETS|websockets_shared|lib/libwebsockets.so|-DLWS_WITH_MINIMAL_EXAMPLES=OFF;-DLWS_WITHOUT_TESTAPPS=ON;-DLWS_WITH_STATIC=OFF;-DLWS_WITHOUT_TEST_SERVER=ON;-DLWS_WITHOUT_TEST_CLIENT=ON;-DDISABLE_WERROR=ON")
  string(REPLACE "|" ";" _project "${_project}")
  list(POP_FRONT _project _name _var _target _file)
  set(_tree "${OSP_TEST_${_var}_SOURCE}")
  set(_pkg_config FALSE)
  if(_name STREQUAL "Libwebsockets")
    set(_pkg_config TRUE)
  endif()
  openssl_probe_add_case(${_name}Prefix SCRIPT RealProjectPrefix ONE_CMAKE ENV ${_real_env}
    OPTIONS ${_real} "-DWITH_OPENSSL_DIR=${_p3}" ${_project}
    VARS RunCMake_TEST_SOURCE_DIR "${_tree}" OSP_PREFIX "${_p3}" OSP_TARGET "${_target}"
      OSP_FILE "${_file}" OSP_PKG_CONFIG ${_pkg_config}
    REQUIRES "${_tree}" "${_p3}")
  # And plain: the same project through the provider on the system's own
  # OpenSSL, configured only.
  openssl_probe_add_case(${_name}System SCRIPT RealProjectSystem ONE_CMAKE ENV ${_real_env}
    OPTIONS ${_real} ${_project}
    VARS RunCMake_TEST_SOURCE_DIR "${_tree}" REQUIRES "${_tree}")
endforeach()

# A failure another install can fix judges the other installs of the
# machine (real builds placed in the fixtures' folders): the newest that
# passes leads "What to do", with the command that switches to it; a probe
# that hangs is stopped, and the search keeps to its time limit.
set(_search "${_fix}/search")
openssl_probe_add_case(SearchFindsPass
  OPTIONS "-DOPENSSL_PROBE_SEARCH_ROOTS=${_search}/opt" "-DCMAKE_PREFIX_PATH=${_search}/brew"
  VARS RunCMake_TEST_SEARCH 1 REQUIRES "${_search}/opt")
openssl_probe_add_case(SearchNonePasses
  OPTIONS "-DOPENSSL_PROBE_SEARCH_ROOTS=${_search}/compat\;${_search}/opt\;${_search}/macports/opt/local"
  VARS RunCMake_TEST_SEARCH 1 REQUIRES "${_search}/opt")
openssl_probe_add_case(SearchCompatLayout OPTIONS "-DOPENSSL_PROBE_SEARCH_ROOTS=${_search}/compat"
  VARS RunCMake_TEST_SEARCH 1 REQUIRES "${_search}/compat")
openssl_probe_add_case(SearchHangBounded ONE_CMAKE
  OPTIONS "-DOPENSSL_PROBE_SEARCH_ROOTS=${_search}/hangs"
  VARS RunCMake_TEST_SEARCH 1 REQUIRES "${_search}/hangs")
openssl_probe_add_case(SearchTimeLimit ONE_CMAKE
  OPTIONS "-DOPENSSL_PROBE_SEARCH_ROOTS=${_search}/hangs" -DOPENSSL_PROBE_SEARCH_TIMEOUT=3
  VARS RunCMake_TEST_SEARCH 1 REQUIRES "${_search}/hangs")
openssl_probe_add_case(SearchNotForHandled OPTIONS "-DOPENSSL_PROBE_SEARCH_ROOTS=${_search}/opt"
  VARS RunCMake_TEST_SEARCH 1 REQUIRES "${_search}/opt")
openssl_probe_add_case(SearchProviderRequired
  OPTIONS "${_provider}" "-DOPENSSL_PROBE_SEARCH_ROOTS=${_search}/opt"
  VARS RunCMake_TEST_SEARCH 1 REQUIRES "${_search}/opt")

# An upgrade is advised only where what the package manager would install
# can cure the failure: apt's answers recorded in tests/guidance (the
# failures are real, the answers are those of this Debian 12 machine).
set(_apt "${PROJECT_SOURCE_DIR}/tests/guidance/apt-cache-policy")
set(_debian "-D_OpenSSLProbe_OS_RELEASE=${PROJECT_SOURCE_DIR}/tests/cmake-unit/os-release/debian-12"
  -D_OpenSSLProbe_PROGRAMS=apt-get -D_OpenSSLProbe_ROOT=0)
openssl_probe_add_case(UpgradeTooOld
  OPTIONS ${_debian} "-D_OpenSSLProbe_CANDIDATE_OUTPUT=${_apt}-upgradable.txt")
openssl_probe_add_case(UpgradeSameBranch
  OPTIONS ${_debian} "-D_OpenSSLProbe_CANDIDATE_OUTPUT=${_apt}-upgradable.txt")
openssl_probe_add_case(UpgradeHelps
  OPTIONS ${_debian} "-D_OpenSSLProbe_CANDIDATE_OUTPUT=${_apt}-upgradable.txt"
    "-DWITH_OPENSSL_DIR=${OSP_TEST_OPENSSL111_PREFIX}" REQUIRES "${OSP_TEST_OPENSSL111_PREFIX}")
openssl_probe_add_case(UpgradeNotAsked
  OPTIONS ${_debian} "-D_OpenSSLProbe_CANDIDATE_OUTPUT=${_apt}-unknown.txt"
    "-DWITH_OPENSSL_DIR=${OSP_TEST_OPENSSL111_PREFIX}" REQUIRES "${OSP_TEST_OPENSSL111_PREFIX}")
# The prefixes of the OpenSSL modules pkg-config knows are looked in too.
openssl_probe_add_case(SearchPkgConfig ENV "PKG_CONFIG_PATH=${_search}/pkg-config/lib/pkgconfig"
  OPTIONS "-DOPENSSL_PROBE_SEARCH_ROOTS=${_search}/nothing"
  VARS RunCMake_TEST_SEARCH 1 REQUIRES "${_search}/opt")
