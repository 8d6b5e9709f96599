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


class L2Advertisement(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="metallb_l2advertisement_iometallb.L2Advertisement",
):
    '''L2Advertisement allows to advertise the LoadBalancer IPs provided by the selected pools via L2.

    :schema: L2Advertisement
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["L2AdvertisementSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "L2Advertisement" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: L2AdvertisementSpec defines the desired state of L2Advertisement.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fffb3a41d20dc0e2a93fcb5c1fbc2219f4c8d0f8660a94ac290bc0a482fea931)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = L2AdvertisementProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["L2AdvertisementSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "L2Advertisement".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: L2AdvertisementSpec defines the desired state of L2Advertisement.
        '''
        props = L2AdvertisementProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "L2Advertisement".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="metallb_l2advertisement_iometallb.L2AdvertisementProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class L2AdvertisementProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["L2AdvertisementSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''L2Advertisement allows to advertise the LoadBalancer IPs provided by the selected pools via L2.

        :param metadata: 
        :param spec: L2AdvertisementSpec defines the desired state of L2Advertisement.

        :schema: L2Advertisement
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = L2AdvertisementSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fb605c67b46dc220a19400f5b8d2b98e33d9cbfb896a5a7741bb7884bc3a23a6)
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
        :schema: L2Advertisement#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["L2AdvertisementSpec"]:
        '''L2AdvertisementSpec defines the desired state of L2Advertisement.

        :schema: L2Advertisement#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["L2AdvertisementSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "L2AdvertisementProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="metallb_l2advertisement_iometallb.L2AdvertisementSpec",
    jsii_struct_bases=[],
    name_mapping={
        "interfaces": "interfaces",
        "ip_address_pools": "ipAddressPools",
        "ip_address_pool_selectors": "ipAddressPoolSelectors",
        "node_selectors": "nodeSelectors",
        "service_selectors": "serviceSelectors",
    },
)
class L2AdvertisementSpec:
    def __init__(
        self,
        *,
        interfaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        ip_address_pools: typing.Optional[typing.Sequence[builtins.str]] = None,
        ip_address_pool_selectors: typing.Optional[typing.Sequence[typing.Union["L2AdvertisementSpecIpAddressPoolSelectors", typing.Dict[builtins.str, typing.Any]]]] = None,
        node_selectors: typing.Optional[typing.Sequence[typing.Union["L2AdvertisementSpecNodeSelectors", typing.Dict[builtins.str, typing.Any]]]] = None,
        service_selectors: typing.Optional[typing.Sequence[typing.Union["L2AdvertisementSpecServiceSelectors", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''L2AdvertisementSpec defines the desired state of L2Advertisement.

        :param interfaces: A list of interfaces to announce from. The LB IP will be announced only from these interfaces. If the field is not set, we advertise from all the interfaces on the host.
        :param ip_address_pools: The list of IPAddressPools to advertise via this advertisement, selected by name.
        :param ip_address_pool_selectors: A selector for the IPAddressPools which would get advertised via this advertisement. If no IPAddressPool is selected by this or by the list, the advertisement is applied to all the IPAddressPools.
        :param node_selectors: NodeSelectors allows to limit the nodes to announce as next hops for the LoadBalancer IP. When empty, all the nodes having are announced as next hops.
        :param service_selectors: ServiceSelectors limits the set of services that will be advertised via this advertisement. If empty, all services from the selected pools are advertised.

        :schema: L2AdvertisementSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fe7454a79b70b07ff661ced72786a4735b1cfc91edc8edfc6e8b2f87b98840ec)
            check_type(argname="argument interfaces", value=interfaces, expected_type=type_hints["interfaces"])
            check_type(argname="argument ip_address_pools", value=ip_address_pools, expected_type=type_hints["ip_address_pools"])
            check_type(argname="argument ip_address_pool_selectors", value=ip_address_pool_selectors, expected_type=type_hints["ip_address_pool_selectors"])
            check_type(argname="argument node_selectors", value=node_selectors, expected_type=type_hints["node_selectors"])
            check_type(argname="argument service_selectors", value=service_selectors, expected_type=type_hints["service_selectors"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interfaces is not None:
            self._values["interfaces"] = interfaces
        if ip_address_pools is not None:
            self._values["ip_address_pools"] = ip_address_pools
        if ip_address_pool_selectors is not None:
            self._values["ip_address_pool_selectors"] = ip_address_pool_selectors
        if node_selectors is not None:
            self._values["node_selectors"] = node_selectors
        if service_selectors is not None:
            self._values["service_selectors"] = service_selectors

    @builtins.property
    def interfaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of interfaces to announce from.

        The LB IP will be announced only from these interfaces.
        If the field is not set, we advertise from all the interfaces on the host.

        :schema: L2AdvertisementSpec#interfaces
        '''
        result = self._values.get("interfaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ip_address_pools(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The list of IPAddressPools to advertise via this advertisement, selected by name.

        :schema: L2AdvertisementSpec#ipAddressPools
        '''
        result = self._values.get("ip_address_pools")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ip_address_pool_selectors(
        self,
    ) -> typing.Optional[typing.List["L2AdvertisementSpecIpAddressPoolSelectors"]]:
        '''A selector for the IPAddressPools which would get advertised via this advertisement.

        If no IPAddressPool is selected by this or by the list, the advertisement is applied to all the IPAddressPools.

        :schema: L2AdvertisementSpec#ipAddressPoolSelectors
        '''
        result = self._values.get("ip_address_pool_selectors")
        return typing.cast(typing.Optional[typing.List["L2AdvertisementSpecIpAddressPoolSelectors"]], result)

    @builtins.property
    def node_selectors(
        self,
    ) -> typing.Optional[typing.List["L2AdvertisementSpecNodeSelectors"]]:
        '''NodeSelectors allows to limit the nodes to announce as next hops for the LoadBalancer IP.

        When empty, all the nodes having  are announced as next hops.

        :schema: L2AdvertisementSpec#nodeSelectors
        '''
        result = self._values.get("node_selectors")
        return typing.cast(typing.Optional[typing.List["L2AdvertisementSpecNodeSelectors"]], result)

    @builtins.property
    def service_selectors(
        self,
    ) -> typing.Optional[typing.List["L2AdvertisementSpecServiceSelectors"]]:
        '''ServiceSelectors limits the set of services that will be advertised via this advertisement.

        If empty, all services from the selected pools are advertised.

        :schema: L2AdvertisementSpec#serviceSelectors
        '''
        result = self._values.get("service_selectors")
        return typing.cast(typing.Optional[typing.List["L2AdvertisementSpecServiceSelectors"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "L2AdvertisementSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="metallb_l2advertisement_iometallb.L2AdvertisementSpecIpAddressPoolSelectors",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class L2AdvertisementSpecIpAddressPoolSelectors:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["L2AdvertisementSpecIpAddressPoolSelectorsMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''A label selector is a label query over a set of resources.

        The result of matchLabels and
        matchExpressions are ANDed. An empty label selector matches all objects. A null
        label selector matches no objects.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: L2AdvertisementSpecIpAddressPoolSelectors
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a3e856e64e87de125ebee7d05b2b2c64305e9ca7dac557fe5b43ebde7d4d660d)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["L2AdvertisementSpecIpAddressPoolSelectorsMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: L2AdvertisementSpecIpAddressPoolSelectors#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["L2AdvertisementSpecIpAddressPoolSelectorsMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: L2AdvertisementSpecIpAddressPoolSelectors#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "L2AdvertisementSpecIpAddressPoolSelectors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="metallb_l2advertisement_iometallb.L2AdvertisementSpecIpAddressPoolSelectorsMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class L2AdvertisementSpecIpAddressPoolSelectorsMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: L2AdvertisementSpecIpAddressPoolSelectorsMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e3418fd77abd0e9adc31a445e80c59228e7bfb777e9883169511e539587cda73)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: L2AdvertisementSpecIpAddressPoolSelectorsMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: L2AdvertisementSpecIpAddressPoolSelectorsMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: L2AdvertisementSpecIpAddressPoolSelectorsMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "L2AdvertisementSpecIpAddressPoolSelectorsMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="metallb_l2advertisement_iometallb.L2AdvertisementSpecNodeSelectors",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class L2AdvertisementSpecNodeSelectors:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["L2AdvertisementSpecNodeSelectorsMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''A label selector is a label query over a set of resources.

        The result of matchLabels and
        matchExpressions are ANDed. An empty label selector matches all objects. A null
        label selector matches no objects.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: L2AdvertisementSpecNodeSelectors
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7c55fcbcb79e4a1b23df55893eccd900240699be4a7e4190036f934c1dc5e743)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["L2AdvertisementSpecNodeSelectorsMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: L2AdvertisementSpecNodeSelectors#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["L2AdvertisementSpecNodeSelectorsMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: L2AdvertisementSpecNodeSelectors#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "L2AdvertisementSpecNodeSelectors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="metallb_l2advertisement_iometallb.L2AdvertisementSpecNodeSelectorsMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class L2AdvertisementSpecNodeSelectorsMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: L2AdvertisementSpecNodeSelectorsMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7169eaf5e0f8cf31aca4e9ba5fb96493e2f8a181f878bc10aaadfb33d5f7f887)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: L2AdvertisementSpecNodeSelectorsMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: L2AdvertisementSpecNodeSelectorsMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: L2AdvertisementSpecNodeSelectorsMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "L2AdvertisementSpecNodeSelectorsMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="metallb_l2advertisement_iometallb.L2AdvertisementSpecServiceSelectors",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class L2AdvertisementSpecServiceSelectors:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["L2AdvertisementSpecServiceSelectorsMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''A label selector is a label query over a set of resources.

        The result of matchLabels and
        matchExpressions are ANDed. An empty label selector matches all objects. A null
        label selector matches no objects.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: L2AdvertisementSpecServiceSelectors
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cd2d22c09bf455278b5d7fc2120b7986ab8d22cd2c46af981cfaffbe6228d8eb)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["L2AdvertisementSpecServiceSelectorsMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: L2AdvertisementSpecServiceSelectors#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["L2AdvertisementSpecServiceSelectorsMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: L2AdvertisementSpecServiceSelectors#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "L2AdvertisementSpecServiceSelectors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="metallb_l2advertisement_iometallb.L2AdvertisementSpecServiceSelectorsMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class L2AdvertisementSpecServiceSelectorsMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: L2AdvertisementSpecServiceSelectorsMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a1094aad02479f737be3551baf617d25a2451089abe0598a7bacd4e4db573445)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: L2AdvertisementSpecServiceSelectorsMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: L2AdvertisementSpecServiceSelectorsMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: L2AdvertisementSpecServiceSelectorsMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "L2AdvertisementSpecServiceSelectorsMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "L2Advertisement",
    "L2AdvertisementProps",
    "L2AdvertisementSpec",
    "L2AdvertisementSpecIpAddressPoolSelectors",
    "L2AdvertisementSpecIpAddressPoolSelectorsMatchExpressions",
    "L2AdvertisementSpecNodeSelectors",
    "L2AdvertisementSpecNodeSelectorsMatchExpressions",
    "L2AdvertisementSpecServiceSelectors",
    "L2AdvertisementSpecServiceSelectorsMatchExpressions",
]

publication.publish()

def _typecheckingstub__fffb3a41d20dc0e2a93fcb5c1fbc2219f4c8d0f8660a94ac290bc0a482fea931(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[L2AdvertisementSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb605c67b46dc220a19400f5b8d2b98e33d9cbfb896a5a7741bb7884bc3a23a6(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[L2AdvertisementSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe7454a79b70b07ff661ced72786a4735b1cfc91edc8edfc6e8b2f87b98840ec(
    *,
    interfaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    ip_address_pools: typing.Optional[typing.Sequence[builtins.str]] = None,
    ip_address_pool_selectors: typing.Optional[typing.Sequence[typing.Union[L2AdvertisementSpecIpAddressPoolSelectors, typing.Dict[builtins.str, typing.Any]]]] = None,
    node_selectors: typing.Optional[typing.Sequence[typing.Union[L2AdvertisementSpecNodeSelectors, typing.Dict[builtins.str, typing.Any]]]] = None,
    service_selectors: typing.Optional[typing.Sequence[typing.Union[L2AdvertisementSpecServiceSelectors, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3e856e64e87de125ebee7d05b2b2c64305e9ca7dac557fe5b43ebde7d4d660d(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[L2AdvertisementSpecIpAddressPoolSelectorsMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3418fd77abd0e9adc31a445e80c59228e7bfb777e9883169511e539587cda73(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7c55fcbcb79e4a1b23df55893eccd900240699be4a7e4190036f934c1dc5e743(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[L2AdvertisementSpecNodeSelectorsMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7169eaf5e0f8cf31aca4e9ba5fb96493e2f8a181f878bc10aaadfb33d5f7f887(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cd2d22c09bf455278b5d7fc2120b7986ab8d22cd2c46af981cfaffbe6228d8eb(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[L2AdvertisementSpecServiceSelectorsMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a1094aad02479f737be3551baf617d25a2451089abe0598a7bacd4e4db573445(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass
