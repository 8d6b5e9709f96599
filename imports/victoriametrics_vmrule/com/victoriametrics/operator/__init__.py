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


class VmRule(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="victoriametrics_vmrule_comvictoriametricsoperator.VmRule",
):
    '''
    :schema: VMRule
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["VmRuleSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "VMRule" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__37dfae1be115c14cfac4ce08caac3dd31d55dea47a6078b267ad6e8563619ea8)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = VmRuleProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["VmRuleSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "VMRule".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = VmRuleProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "VMRule".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="victoriametrics_vmrule_comvictoriametricsoperator.VmRuleProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class VmRuleProps:
    def __init__(
        self,
        *,
        spec: typing.Union["VmRuleSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: VMRule
        '''
        if isinstance(spec, dict):
            spec = VmRuleSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b413ca6bdafa3f8e0ec41f85fc0401ce92b3a6b7c690029ccc268170ea05bd17)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "VmRuleSpec":
        '''
        :schema: VMRule#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("VmRuleSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: VMRule#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmRuleProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmrule_comvictoriametricsoperator.VmRuleSpec",
    jsii_struct_bases=[],
    name_mapping={"groups": "groups"},
)
class VmRuleSpec:
    def __init__(
        self,
        *,
        groups: typing.Sequence[typing.Union["VmRuleSpecGroups", typing.Dict[builtins.str, typing.Any]]],
    ) -> None:
        '''
        :param groups: 

        :schema: VmRuleSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__897db60e68ceb7006783078d8542bedab62a627cf9dafb29ea95c51097037783)
            check_type(argname="argument groups", value=groups, expected_type=type_hints["groups"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "groups": groups,
        }

    @builtins.property
    def groups(self) -> typing.List["VmRuleSpecGroups"]:
        '''
        :schema: VmRuleSpec#groups
        '''
        result = self._values.get("groups")
        assert result is not None, "Required property 'groups' is missing"
        return typing.cast(typing.List["VmRuleSpecGroups"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmRuleSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmrule_comvictoriametricsoperator.VmRuleSpecGroups",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "rules": "rules",
        "concurrency": "concurrency",
        "eval_alignment": "evalAlignment",
        "eval_delay": "evalDelay",
        "eval_offset": "evalOffset",
        "headers": "headers",
        "interval": "interval",
        "labels": "labels",
        "limit": "limit",
        "notifier_headers": "notifierHeaders",
        "params": "params",
        "tenant": "tenant",
        "type": "type",
    },
)
class VmRuleSpecGroups:
    def __init__(
        self,
        *,
        name: builtins.str,
        rules: typing.Sequence[typing.Union["VmRuleSpecGroupsRules", typing.Dict[builtins.str, typing.Any]]],
        concurrency: typing.Optional[jsii.Number] = None,
        eval_alignment: typing.Optional[builtins.bool] = None,
        eval_delay: typing.Optional[builtins.str] = None,
        eval_offset: typing.Optional[builtins.str] = None,
        headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        interval: typing.Optional[builtins.str] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        limit: typing.Optional[jsii.Number] = None,
        notifier_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        params: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
        tenant: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param rules: 
        :param concurrency: 
        :param eval_alignment: 
        :param eval_delay: 
        :param eval_offset: 
        :param headers: 
        :param interval: 
        :param labels: 
        :param limit: 
        :param notifier_headers: 
        :param params: 
        :param tenant: 
        :param type: 

        :schema: VmRuleSpecGroups
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__51c371252a6448eba30e8d7c8f15d5e17e936784fc1e5701feab509ffd2ebbcb)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument rules", value=rules, expected_type=type_hints["rules"])
            check_type(argname="argument concurrency", value=concurrency, expected_type=type_hints["concurrency"])
            check_type(argname="argument eval_alignment", value=eval_alignment, expected_type=type_hints["eval_alignment"])
            check_type(argname="argument eval_delay", value=eval_delay, expected_type=type_hints["eval_delay"])
            check_type(argname="argument eval_offset", value=eval_offset, expected_type=type_hints["eval_offset"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument limit", value=limit, expected_type=type_hints["limit"])
            check_type(argname="argument notifier_headers", value=notifier_headers, expected_type=type_hints["notifier_headers"])
            check_type(argname="argument params", value=params, expected_type=type_hints["params"])
            check_type(argname="argument tenant", value=tenant, expected_type=type_hints["tenant"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "rules": rules,
        }
        if concurrency is not None:
            self._values["concurrency"] = concurrency
        if eval_alignment is not None:
            self._values["eval_alignment"] = eval_alignment
        if eval_delay is not None:
            self._values["eval_delay"] = eval_delay
        if eval_offset is not None:
            self._values["eval_offset"] = eval_offset
        if headers is not None:
            self._values["headers"] = headers
        if interval is not None:
            self._values["interval"] = interval
        if labels is not None:
            self._values["labels"] = labels
        if limit is not None:
            self._values["limit"] = limit
        if notifier_headers is not None:
            self._values["notifier_headers"] = notifier_headers
        if params is not None:
            self._values["params"] = params
        if tenant is not None:
            self._values["tenant"] = tenant
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: VmRuleSpecGroups#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def rules(self) -> typing.List["VmRuleSpecGroupsRules"]:
        '''
        :schema: VmRuleSpecGroups#rules
        '''
        result = self._values.get("rules")
        assert result is not None, "Required property 'rules' is missing"
        return typing.cast(typing.List["VmRuleSpecGroupsRules"], result)

    @builtins.property
    def concurrency(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VmRuleSpecGroups#concurrency
        '''
        result = self._values.get("concurrency")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def eval_alignment(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmRuleSpecGroups#eval_alignment
        '''
        result = self._values.get("eval_alignment")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def eval_delay(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmRuleSpecGroups#eval_delay
        '''
        result = self._values.get("eval_delay")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def eval_offset(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmRuleSpecGroups#eval_offset
        '''
        result = self._values.get("eval_offset")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VmRuleSpecGroups#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmRuleSpecGroups#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VmRuleSpecGroups#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def limit(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VmRuleSpecGroups#limit
        '''
        result = self._values.get("limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def notifier_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VmRuleSpecGroups#notifier_headers
        '''
        result = self._values.get("notifier_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]]:
        '''
        :schema: VmRuleSpecGroups#params
        '''
        result = self._values.get("params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]], result)

    @builtins.property
    def tenant(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmRuleSpecGroups#tenant
        '''
        result = self._values.get("tenant")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmRuleSpecGroups#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmRuleSpecGroups(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmrule_comvictoriametricsoperator.VmRuleSpecGroupsRules",
    jsii_struct_bases=[],
    name_mapping={
        "alert": "alert",
        "annotations": "annotations",
        "debug": "debug",
        "expr": "expr",
        "for_": "for",
        "keep_firing_for": "keepFiringFor",
        "labels": "labels",
        "record": "record",
        "update_entries_limit": "updateEntriesLimit",
    },
)
class VmRuleSpecGroupsRules:
    def __init__(
        self,
        *,
        alert: typing.Optional[builtins.str] = None,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        debug: typing.Optional[builtins.bool] = None,
        expr: typing.Optional[builtins.str] = None,
        for_: typing.Optional[builtins.str] = None,
        keep_firing_for: typing.Optional[builtins.str] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        record: typing.Optional[builtins.str] = None,
        update_entries_limit: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param alert: 
        :param annotations: 
        :param debug: 
        :param expr: 
        :param for_: 
        :param keep_firing_for: 
        :param labels: 
        :param record: 
        :param update_entries_limit: 

        :schema: VmRuleSpecGroupsRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ac554e35beb45a3212283803e0329ad748cbca72b86f67205410eb4ea2902806)
            check_type(argname="argument alert", value=alert, expected_type=type_hints["alert"])
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument debug", value=debug, expected_type=type_hints["debug"])
            check_type(argname="argument expr", value=expr, expected_type=type_hints["expr"])
            check_type(argname="argument for_", value=for_, expected_type=type_hints["for_"])
            check_type(argname="argument keep_firing_for", value=keep_firing_for, expected_type=type_hints["keep_firing_for"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument record", value=record, expected_type=type_hints["record"])
            check_type(argname="argument update_entries_limit", value=update_entries_limit, expected_type=type_hints["update_entries_limit"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if alert is not None:
            self._values["alert"] = alert
        if annotations is not None:
            self._values["annotations"] = annotations
        if debug is not None:
            self._values["debug"] = debug
        if expr is not None:
            self._values["expr"] = expr
        if for_ is not None:
            self._values["for_"] = for_
        if keep_firing_for is not None:
            self._values["keep_firing_for"] = keep_firing_for
        if labels is not None:
            self._values["labels"] = labels
        if record is not None:
            self._values["record"] = record
        if update_entries_limit is not None:
            self._values["update_entries_limit"] = update_entries_limit

    @builtins.property
    def alert(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmRuleSpecGroupsRules#alert
        '''
        result = self._values.get("alert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VmRuleSpecGroupsRules#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def debug(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmRuleSpecGroupsRules#debug
        '''
        result = self._values.get("debug")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def expr(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmRuleSpecGroupsRules#expr
        '''
        result = self._values.get("expr")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def for_(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmRuleSpecGroupsRules#for
        '''
        result = self._values.get("for_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def keep_firing_for(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmRuleSpecGroupsRules#keep_firing_for
        '''
        result = self._values.get("keep_firing_for")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VmRuleSpecGroupsRules#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def record(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmRuleSpecGroupsRules#record
        '''
        result = self._values.get("record")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def update_entries_limit(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VmRuleSpecGroupsRules#update_entries_limit
        '''
        result = self._values.get("update_entries_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmRuleSpecGroupsRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "VmRule",
    "VmRuleProps",
    "VmRuleSpec",
    "VmRuleSpecGroups",
    "VmRuleSpecGroupsRules",
]

publication.publish()

def _typecheckingstub__37dfae1be115c14cfac4ce08caac3dd31d55dea47a6078b267ad6e8563619ea8(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[VmRuleSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b413ca6bdafa3f8e0ec41f85fc0401ce92b3a6b7c690029ccc268170ea05bd17(
    *,
    spec: typing.Union[VmRuleSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__897db60e68ceb7006783078d8542bedab62a627cf9dafb29ea95c51097037783(
    *,
    groups: typing.Sequence[typing.Union[VmRuleSpecGroups, typing.Dict[builtins.str, typing.Any]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__51c371252a6448eba30e8d7c8f15d5e17e936784fc1e5701feab509ffd2ebbcb(
    *,
    name: builtins.str,
    rules: typing.Sequence[typing.Union[VmRuleSpecGroupsRules, typing.Dict[builtins.str, typing.Any]]],
    concurrency: typing.Optional[jsii.Number] = None,
    eval_alignment: typing.Optional[builtins.bool] = None,
    eval_delay: typing.Optional[builtins.str] = None,
    eval_offset: typing.Optional[builtins.str] = None,
    headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    interval: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    limit: typing.Optional[jsii.Number] = None,
    notifier_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    params: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
    tenant: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac554e35beb45a3212283803e0329ad748cbca72b86f67205410eb4ea2902806(
    *,
    alert: typing.Optional[builtins.str] = None,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    debug: typing.Optional[builtins.bool] = None,
    expr: typing.Optional[builtins.str] = None,
    for_: typing.Optional[builtins.str] = None,
    keep_firing_for: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    record: typing.Optional[builtins.str] = None,
    update_entries_limit: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
