from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class HelmChartConfig(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="k3s_helmchartconfig_iocattlehelm.HelmChartConfig",
):
    '''HelmChartConfig represents additional configuration for the installation of Helm chart release.

    This resource is intended for use when additional configuration needs to be passed to a HelmChart
    that is managed by an external system.

    :schema: HelmChartConfig
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["HelmChartConfigSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "HelmChartConfig" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: HelmChartConfigSpec represents additional user-configurable details of an installed and configured Helm chart release. These fields are merged with or override the corresponding fields on the related HelmChart resource.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__270cd7a57c01d1ff0bf19b1a3087f21a452a170b83f419de89ca7fa7943abdff)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = HelmChartConfigProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["HelmChartConfigSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "HelmChartConfig".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: HelmChartConfigSpec represents additional user-configurable details of an installed and configured Helm chart release. These fields are merged with or override the corresponding fields on the related HelmChart resource.
        '''
        props = HelmChartConfigProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "HelmChartConfig".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="k3s_helmchartconfig_iocattlehelm.HelmChartConfigProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class HelmChartConfigProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["HelmChartConfigSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''HelmChartConfig represents additional configuration for the installation of Helm chart release.

        This resource is intended for use when additional configuration needs to be passed to a HelmChart
        that is managed by an external system.

        :param metadata: 
        :param spec: HelmChartConfigSpec represents additional user-configurable details of an installed and configured Helm chart release. These fields are merged with or override the corresponding fields on the related HelmChart resource.

        :schema: HelmChartConfig
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = HelmChartConfigSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d0ac88c3a8affae8289aebbe7c009c389b1e47c465126d25316411b1615ad8ab)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: HelmChartConfig#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["HelmChartConfigSpec"]:
        '''HelmChartConfigSpec represents additional user-configurable details of an installed and configured Helm chart release.

        These fields are merged with or override the corresponding fields on the related HelmChart resource.

        :schema: HelmChartConfig#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["HelmChartConfigSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartConfigProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="k3s_helmchartconfig_iocattlehelm.HelmChartConfigSpec",
    jsii_struct_bases=[],
    name_mapping={
        "failure_policy": "failurePolicy",
        "values": "values",
        "values_content": "valuesContent",
        "values_secrets": "valuesSecrets",
    },
)
class HelmChartConfigSpec:
    def __init__(
        self,
        *,
        failure_policy: typing.Optional["HelmChartConfigSpecFailurePolicy"] = None,
        values: typing.Any = None,
        values_content: typing.Optional[builtins.str] = None,
        values_secrets: typing.Optional[typing.Sequence[typing.Union["HelmChartConfigSpecValuesSecrets", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''HelmChartConfigSpec represents additional user-configurable details of an installed and configured Helm chart release.

        These fields are merged with or override the corresponding fields on the related HelmChart resource.

        :param failure_policy: Configures handling of failed chart installation or upgrades. - ``reinstall`` will perform a clean uninstall and reinstall of the chart. - ``abort`` will take no action and leave the chart in a failed state so that the administrator can manually resolve the error.
        :param values: Override complex Chart values via structured YAML. Takes precedence over options set via valuesContent. Helm CLI positional argument/flag: ``--values``
        :param values_content: Override complex Chart values via inline YAML content. Helm CLI positional argument/flag: ``--values``
        :param values_secrets: Override complex Chart values via references to external Secrets. Helm CLI positional argument/flag: ``--values``

        :schema: HelmChartConfigSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__419b805b951d3c1c53f83301ea5eeb307368f3a1f207010d2159cca03c1d7d8c)
            check_type(argname="argument failure_policy", value=failure_policy, expected_type=type_hints["failure_policy"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
            check_type(argname="argument values_content", value=values_content, expected_type=type_hints["values_content"])
            check_type(argname="argument values_secrets", value=values_secrets, expected_type=type_hints["values_secrets"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if failure_policy is not None:
            self._values["failure_policy"] = failure_policy
        if values is not None:
            self._values["values"] = values
        if values_content is not None:
            self._values["values_content"] = values_content
        if values_secrets is not None:
            self._values["values_secrets"] = values_secrets

    @builtins.property
    def failure_policy(self) -> typing.Optional["HelmChartConfigSpecFailurePolicy"]:
        '''Configures handling of failed chart installation or upgrades.

        - ``reinstall`` will perform a clean uninstall and reinstall of the chart.
        - ``abort`` will take no action and leave the chart in a failed state so that the administrator can manually resolve the error.

        :schema: HelmChartConfigSpec#failurePolicy
        '''
        result = self._values.get("failure_policy")
        return typing.cast(typing.Optional["HelmChartConfigSpecFailurePolicy"], result)

    @builtins.property
    def values(self) -> typing.Any:
        '''Override complex Chart values via structured YAML.

        Takes precedence over options set via valuesContent.
        Helm CLI positional argument/flag: ``--values``

        :schema: HelmChartConfigSpec#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Any, result)

    @builtins.property
    def values_content(self) -> typing.Optional[builtins.str]:
        '''Override complex Chart values via inline YAML content.

        Helm CLI positional argument/flag: ``--values``

        :schema: HelmChartConfigSpec#valuesContent
        '''
        result = self._values.get("values_content")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values_secrets(
        self,
    ) -> typing.Optional[typing.List["HelmChartConfigSpecValuesSecrets"]]:
        '''Override complex Chart values via references to external Secrets.

        Helm CLI positional argument/flag: ``--values``

        :schema: HelmChartConfigSpec#valuesSecrets
        '''
        result = self._values.get("values_secrets")
        return typing.cast(typing.Optional[typing.List["HelmChartConfigSpecValuesSecrets"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartConfigSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="k3s_helmchartconfig_iocattlehelm.HelmChartConfigSpecFailurePolicy"
)
class HelmChartConfigSpecFailurePolicy(enum.Enum):
    '''Configures handling of failed chart installation or upgrades.

    - ``reinstall`` will perform a clean uninstall and reinstall of the chart.
    - ``abort`` will take no action and leave the chart in a failed state so that the administrator can manually resolve the error.

    :schema: HelmChartConfigSpecFailurePolicy
    '''

    ABORT = "ABORT"
    '''abort.'''
    REINSTALL = "REINSTALL"
    '''reinstall.'''


@jsii.data_type(
    jsii_type="k3s_helmchartconfig_iocattlehelm.HelmChartConfigSpecValuesSecrets",
    jsii_struct_bases=[],
    name_mapping={"ignore_updates": "ignoreUpdates", "keys": "keys", "name": "name"},
)
class HelmChartConfigSpecValuesSecrets:
    def __init__(
        self,
        *,
        ignore_updates: typing.Optional[builtins.bool] = None,
        keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretSpec describes a key in a secret to load chart values from.

        :param ignore_updates: Ignore changes to the secret, and mark the secret as optional. By default, the secret must exist, and changes to the secret will trigger an upgrade of the chart to apply the updated values. If ``ignoreUpdates`` is true, the secret is optional, and changes to the secret will not trigger an upgrade of the chart.
        :param keys: Keys to read values content from. If no keys are specified, the secret is not used.
        :param name: Name of the secret. Must be in the same namespace as the HelmChart resource.

        :schema: HelmChartConfigSpecValuesSecrets
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__28d173ce9b1a4e923f29a80b67c6ec716504847a6a3f22a6c28db14b0bd57362)
            check_type(argname="argument ignore_updates", value=ignore_updates, expected_type=type_hints["ignore_updates"])
            check_type(argname="argument keys", value=keys, expected_type=type_hints["keys"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ignore_updates is not None:
            self._values["ignore_updates"] = ignore_updates
        if keys is not None:
            self._values["keys"] = keys
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def ignore_updates(self) -> typing.Optional[builtins.bool]:
        '''Ignore changes to the secret, and mark the secret as optional.

        By default, the secret must exist, and changes to the secret will trigger an upgrade of the chart to apply the updated values.
        If ``ignoreUpdates`` is true, the secret is optional, and changes to the secret will not trigger an upgrade of the chart.

        :schema: HelmChartConfigSpecValuesSecrets#ignoreUpdates
        '''
        result = self._values.get("ignore_updates")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Keys to read values content from.

        If no keys are specified, the secret is not used.

        :schema: HelmChartConfigSpecValuesSecrets#keys
        '''
        result = self._values.get("keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the secret.

        Must be in the same namespace as the HelmChart resource.

        :schema: HelmChartConfigSpecValuesSecrets#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartConfigSpecValuesSecrets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "HelmChartConfig",
    "HelmChartConfigProps",
    "HelmChartConfigSpec",
    "HelmChartConfigSpecFailurePolicy",
    "HelmChartConfigSpecValuesSecrets",
]

publication.publish()

def _typecheckingstub__270cd7a57c01d1ff0bf19b1a3087f21a452a170b83f419de89ca7fa7943abdff(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[HelmChartConfigSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0ac88c3a8affae8289aebbe7c009c389b1e47c465126d25316411b1615ad8ab(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[HelmChartConfigSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__419b805b951d3c1c53f83301ea5eeb307368f3a1f207010d2159cca03c1d7d8c(
    *,
    failure_policy: typing.Optional[HelmChartConfigSpecFailurePolicy] = None,
    values: typing.Any = None,
    values_content: typing.Optional[builtins.str] = None,
    values_secrets: typing.Optional[typing.Sequence[typing.Union[HelmChartConfigSpecValuesSecrets, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28d173ce9b1a4e923f29a80b67c6ec716504847a6a3f22a6c28db14b0bd57362(
    *,
    ignore_updates: typing.Optional[builtins.bool] = None,
    keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
