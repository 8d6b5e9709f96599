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


class IpAddressPool(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="metallb_ipaddresspool_iometallb.IpAddressPool",
):
    '''IPAddressPool represents a pool of IP addresses that can be allocated to LoadBalancer services.

    :schema: IPAddressPool
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["IpAddressPoolSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "IPAddressPool" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: IPAddressPoolSpec defines the desired state of IPAddressPool.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cc0245d3e6845eb77bf932eb2c816a752cfe1179575955770afb8b68e2fbcc13)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = IpAddressPoolProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["IpAddressPoolSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "IPAddressPool".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: IPAddressPoolSpec defines the desired state of IPAddressPool.
        :param metadata: 
        '''
        props = IpAddressPoolProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "IPAddressPool".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="metallb_ipaddresspool_iometallb.IpAddressPoolProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class IpAddressPoolProps:
    def __init__(
        self,
        *,
        spec: typing.Union["IpAddressPoolSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''IPAddressPool represents a pool of IP addresses that can be allocated to LoadBalancer services.

        :param spec: IPAddressPoolSpec defines the desired state of IPAddressPool.
        :param metadata: 

        :schema: IPAddressPool
        '''
        if isinstance(spec, dict):
            spec = IpAddressPoolSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__931d4d0d066ca01a80005093b2d78cee83c7e063f08539b71e2cd63bfb47ff80)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "IpAddressPoolSpec":
        '''IPAddressPoolSpec defines the desired state of IPAddressPool.

        :schema: IPAddressPool#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("IpAddressPoolSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: IPAddressPool#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IpAddressPoolProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="metallb_ipaddresspool_iometallb.IpAddressPoolSpec",
    jsii_struct_bases=[],
    name_mapping={
        "addresses": "addresses",
        "auto_assign": "autoAssign",
        "avoid_buggy_i_ps": "avoidBuggyIPs",
        "service_allocation": "serviceAllocation",
    },
)
class IpAddressPoolSpec:
    def __init__(
        self,
        *,
        addresses: typing.Sequence[builtins.str],
        auto_assign: typing.Optional[builtins.bool] = None,
        avoid_buggy_i_ps: typing.Optional[builtins.bool] = None,
        service_allocation: typing.Optional[typing.Union["IpAddressPoolSpecServiceAllocation", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''IPAddressPoolSpec defines the desired state of IPAddressPool.

        :param addresses: A list of IP address ranges over which MetalLB has authority. You can list multiple ranges in a single pool, they will all share the same settings. Each range can be either a CIDR prefix, or an explicit start-end range of IPs.
        :param auto_assign: AutoAssign flag used to prevent MetallB from automatic allocation for a pool.
        :param avoid_buggy_i_ps: AvoidBuggyIPs prevents addresses ending with .0 and .255 to be used by a pool.
        :param service_allocation: AllocateTo makes ip pool allocation to specific namespace and/or service. The controller will use the pool with lowest value of priority in case of multiple matches. A pool with no priority set will be used only if the pools with priority can't be used. If multiple matching IPAddressPools are available it will check for the availability of IPs sorting the matching IPAddressPools by priority, starting from the highest to the lowest. If multiple IPAddressPools have the same priority, choice will be random.

        :schema: IpAddressPoolSpec
        '''
        if isinstance(service_allocation, dict):
            service_allocation = IpAddressPoolSpecServiceAllocation(**service_allocation)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__382a238c6cc8d79f1c4f7a43db9f206f40b9bd24c17ffef2e04c8bd658df80cb)
            check_type(argname="argument addresses", value=addresses, expected_type=type_hints["addresses"])
            check_type(argname="argument auto_assign", value=auto_assign, expected_type=type_hints["auto_assign"])
            check_type(argname="argument avoid_buggy_i_ps", value=avoid_buggy_i_ps, expected_type=type_hints["avoid_buggy_i_ps"])
            check_type(argname="argument service_allocation", value=service_allocation, expected_type=type_hints["service_allocation"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "addresses": addresses,
        }
        if auto_assign is not None:
            self._values["auto_assign"] = auto_assign
        if avoid_buggy_i_ps is not None:
            self._values["avoid_buggy_i_ps"] = avoid_buggy_i_ps
        if service_allocation is not None:
            self._values["service_allocation"] = service_allocation

    @builtins.property
    def addresses(self) -> typing.List[builtins.str]:
        '''A list of IP address ranges over which MetalLB has authority.

        You can list multiple ranges in a single pool, they will all share the
        same settings. Each range can be either a CIDR prefix, or an explicit
        start-end range of IPs.

        :schema: IpAddressPoolSpec#addresses
        '''
        result = self._values.get("addresses")
        assert result is not None, "Required property 'addresses' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def auto_assign(self) -> typing.Optional[builtins.bool]:
        '''AutoAssign flag used to prevent MetallB from automatic allocation for a pool.

        :schema: IpAddressPoolSpec#autoAssign
        '''
        result = self._values.get("auto_assign")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def avoid_buggy_i_ps(self) -> typing.Optional[builtins.bool]:
        '''AvoidBuggyIPs prevents addresses ending with .0 and .255 to be used by a pool.

        :schema: IpAddressPoolSpec#avoidBuggyIPs
        '''
        result = self._values.get("avoid_buggy_i_ps")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def service_allocation(
        self,
    ) -> typing.Optional["IpAddressPoolSpecServiceAllocation"]:
        '''AllocateTo makes ip pool allocation to specific namespace and/or service.

        The controller will use the pool with lowest value of priority in case of
        multiple matches. A pool with no priority set will be used only if the
        pools with priority can't be used. If multiple matching IPAddressPools are
        available it will check for the availability of IPs sorting the matching
        IPAddressPools by priority, starting from the highest to the lowest. If
        multiple IPAddressPools have the same priority, choice will be random.

        :schema: IpAddressPoolSpec#serviceAllocation
        '''
        result = self._values.get("service_allocation")
        return typing.cast(typing.Optional["IpAddressPoolSpecServiceAllocation"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IpAddressPoolSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="metallb_ipaddresspool_iometallb.IpAddressPoolSpecServiceAllocation",
    jsii_struct_bases=[],
    name_mapping={
        "namespaces": "namespaces",
        "namespace_selectors": "namespaceSelectors",
        "priority": "priority",
        "service_selectors": "serviceSelectors",
    },
)
class IpAddressPoolSpecServiceAllocation:
    def __init__(
        self,
        *,
        namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace_selectors: typing.Optional[typing.Sequence[typing.Union["IpAddressPoolSpecServiceAllocationNamespaceSelectors", typing.Dict[builtins.str, typing.Any]]]] = None,
        priority: typing.Optional[jsii.Number] = None,
        service_selectors: typing.Optional[typing.Sequence[typing.Union["IpAddressPoolSpecServiceAllocationServiceSelectors", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''AllocateTo makes ip pool allocation to specific namespace and/or service.

        The controller will use the pool with lowest value of priority in case of
        multiple matches. A pool with no priority set will be used only if the
        pools with priority can't be used. If multiple matching IPAddressPools are
        available it will check for the availability of IPs sorting the matching
        IPAddressPools by priority, starting from the highest to the lowest. If
        multiple IPAddressPools have the same priority, choice will be random.

        :param namespaces: Namespaces list of namespace(s) on which ip pool can be attached.
        :param namespace_selectors: NamespaceSelectors list of label selectors to select namespace(s) for ip pool, an alternative to using namespace list.
        :param priority: Priority priority given for ip pool while ip allocation on a service.
        :param service_selectors: ServiceSelectors list of label selector to select service(s) for which ip pool can be used for ip allocation.

        :schema: IpAddressPoolSpecServiceAllocation
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__67168b711b6b9c5fc0001eb97c33cc62e08f6187bbf756d342e9a493966171e6)
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
            check_type(argname="argument namespace_selectors", value=namespace_selectors, expected_type=type_hints["namespace_selectors"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
            check_type(argname="argument service_selectors", value=service_selectors, expected_type=type_hints["service_selectors"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if namespaces is not None:
            self._values["namespaces"] = namespaces
        if namespace_selectors is not None:
            self._values["namespace_selectors"] = namespace_selectors
        if priority is not None:
            self._values["priority"] = priority
        if service_selectors is not None:
            self._values["service_selectors"] = service_selectors

    @builtins.property
    def namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Namespaces list of namespace(s) on which ip pool can be attached.

        :schema: IpAddressPoolSpecServiceAllocation#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace_selectors(
        self,
    ) -> typing.Optional[typing.List["IpAddressPoolSpecServiceAllocationNamespaceSelectors"]]:
        '''NamespaceSelectors list of label selectors to select namespace(s) for ip pool, an alternative to using namespace list.

        :schema: IpAddressPoolSpecServiceAllocation#namespaceSelectors
        '''
        result = self._values.get("namespace_selectors")
        return typing.cast(typing.Optional[typing.List["IpAddressPoolSpecServiceAllocationNamespaceSelectors"]], result)

    @builtins.property
    def priority(self) -> typing.Optional[jsii.Number]:
        '''Priority priority given for ip pool while ip allocation on a service.

        :schema: IpAddressPoolSpecServiceAllocation#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def service_selectors(
        self,
    ) -> typing.Optional[typing.List["IpAddressPoolSpecServiceAllocationServiceSelectors"]]:
        '''ServiceSelectors list of label selector to select service(s) for which ip pool can be used for ip allocation.

        :schema: IpAddressPoolSpecServiceAllocation#serviceSelectors
        '''
        result = self._values.get("service_selectors")
        return typing.cast(typing.Optional[typing.List["IpAddressPoolSpecServiceAllocationServiceSelectors"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IpAddressPoolSpecServiceAllocation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="metallb_ipaddresspool_iometallb.IpAddressPoolSpecServiceAllocationNamespaceSelectors",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class IpAddressPoolSpecServiceAllocationNamespaceSelectors:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["IpAddressPoolSpecServiceAllocationNamespaceSelectorsMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''A label selector is a label query over a set of resources.

        The result of matchLabels and
        matchExpressions are ANDed. An empty label selector matches all objects. A null
        label selector matches no objects.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: IpAddressPoolSpecServiceAllocationNamespaceSelectors
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__63b4ef2388370b6ef56de147c4c42a08cc8983daaa7251b191cd680bb59a1af8)
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
    ) -> typing.Optional[typing.List["IpAddressPoolSpecServiceAllocationNamespaceSelectorsMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: IpAddressPoolSpecServiceAllocationNamespaceSelectors#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["IpAddressPoolSpecServiceAllocationNamespaceSelectorsMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: IpAddressPoolSpecServiceAllocationNamespaceSelectors#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IpAddressPoolSpecServiceAllocationNamespaceSelectors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="metallb_ipaddresspool_iometallb.IpAddressPoolSpecServiceAllocationNamespaceSelectorsMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class IpAddressPoolSpecServiceAllocationNamespaceSelectorsMatchExpressions:
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

        :schema: IpAddressPoolSpecServiceAllocationNamespaceSelectorsMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d1d55439c797f5639c6cf534d51929e8ae4c606e2e9d6f8365e980e41b43209d)
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

        :schema: IpAddressPoolSpecServiceAllocationNamespaceSelectorsMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: IpAddressPoolSpecServiceAllocationNamespaceSelectorsMatchExpressions#operator
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

        :schema: IpAddressPoolSpecServiceAllocationNamespaceSelectorsMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IpAddressPoolSpecServiceAllocationNamespaceSelectorsMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="metallb_ipaddresspool_iometallb.IpAddressPoolSpecServiceAllocationServiceSelectors",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class IpAddressPoolSpecServiceAllocationServiceSelectors:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["IpAddressPoolSpecServiceAllocationServiceSelectorsMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''A label selector is a label query over a set of resources.

        The result of matchLabels and
        matchExpressions are ANDed. An empty label selector matches all objects. A null
        label selector matches no objects.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: IpAddressPoolSpecServiceAllocationServiceSelectors
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2d71ba0814a7b58c226544f4acc07caee3bf35cc5c725d0880dc3aa67ec52df0)
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
    ) -> typing.Optional[typing.List["IpAddressPoolSpecServiceAllocationServiceSelectorsMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: IpAddressPoolSpecServiceAllocationServiceSelectors#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["IpAddressPoolSpecServiceAllocationServiceSelectorsMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: IpAddressPoolSpecServiceAllocationServiceSelectors#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IpAddressPoolSpecServiceAllocationServiceSelectors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="metallb_ipaddresspool_iometallb.IpAddressPoolSpecServiceAllocationServiceSelectorsMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class IpAddressPoolSpecServiceAllocationServiceSelectorsMatchExpressions:
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

        :schema: IpAddressPoolSpecServiceAllocationServiceSelectorsMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4104c34c1b9dfcf105a7279080649d318b634800cbd514d6a810b48d7e80368e)
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

        :schema: IpAddressPoolSpecServiceAllocationServiceSelectorsMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: IpAddressPoolSpecServiceAllocationServiceSelectorsMatchExpressions#operator
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

        :schema: IpAddressPoolSpecServiceAllocationServiceSelectorsMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IpAddressPoolSpecServiceAllocationServiceSelectorsMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "IpAddressPool",
    "IpAddressPoolProps",
    "IpAddressPoolSpec",
    "IpAddressPoolSpecServiceAllocation",
    "IpAddressPoolSpecServiceAllocationNamespaceSelectors",
    "IpAddressPoolSpecServiceAllocationNamespaceSelectorsMatchExpressions",
    "IpAddressPoolSpecServiceAllocationServiceSelectors",
    "IpAddressPoolSpecServiceAllocationServiceSelectorsMatchExpressions",
]

publication.publish()

def _typecheckingstub__cc0245d3e6845eb77bf932eb2c816a752cfe1179575955770afb8b68e2fbcc13(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[IpAddressPoolSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__931d4d0d066ca01a80005093b2d78cee83c7e063f08539b71e2cd63bfb47ff80(
    *,
    spec: typing.Union[IpAddressPoolSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__382a238c6cc8d79f1c4f7a43db9f206f40b9bd24c17ffef2e04c8bd658df80cb(
    *,
    addresses: typing.Sequence[builtins.str],
    auto_assign: typing.Optional[builtins.bool] = None,
    avoid_buggy_i_ps: typing.Optional[builtins.bool] = None,
    service_allocation: typing.Optional[typing.Union[IpAddressPoolSpecServiceAllocation, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67168b711b6b9c5fc0001eb97c33cc62e08f6187bbf756d342e9a493966171e6(
    *,
    namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace_selectors: typing.Optional[typing.Sequence[typing.Union[IpAddressPoolSpecServiceAllocationNamespaceSelectors, typing.Dict[builtins.str, typing.Any]]]] = None,
    priority: typing.Optional[jsii.Number] = None,
    service_selectors: typing.Optional[typing.Sequence[typing.Union[IpAddressPoolSpecServiceAllocationServiceSelectors, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__63b4ef2388370b6ef56de147c4c42a08cc8983daaa7251b191cd680bb59a1af8(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[IpAddressPoolSpecServiceAllocationNamespaceSelectorsMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d1d55439c797f5639c6cf534d51929e8ae4c606e2e9d6f8365e980e41b43209d(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d71ba0814a7b58c226544f4acc07caee3bf35cc5c725d0880dc3aa67ec52df0(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[IpAddressPoolSpecServiceAllocationServiceSelectorsMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4104c34c1b9dfcf105a7279080649d318b634800cbd514d6a810b48d7e80368e(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass
