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


class VmServiceScrape(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrape",
):
    '''
    :schema: VMServiceScrape
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["VmServiceScrapeSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "VMServiceScrape" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5f94acb0a7ed846b4b85827066ced7e9c311aeafdeff64073ecd299ab64e24d6)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = VmServiceScrapeProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["VmServiceScrapeSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "VMServiceScrape".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = VmServiceScrapeProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "VMServiceScrape".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class VmServiceScrapeProps:
    def __init__(
        self,
        *,
        spec: typing.Union["VmServiceScrapeSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: VMServiceScrape
        '''
        if isinstance(spec, dict):
            spec = VmServiceScrapeSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9499891e9505096401b30e2ab723cdf471fece80ed08ddeb9c6491cfe626435b)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "VmServiceScrapeSpec":
        '''
        :schema: VMServiceScrape#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("VmServiceScrapeSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: VMServiceScrape#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpec",
    jsii_struct_bases=[],
    name_mapping={
        "endpoints": "endpoints",
        "attach_metadata": "attachMetadata",
        "discovery_role": "discoveryRole",
        "job_label": "jobLabel",
        "namespace_selector": "namespaceSelector",
        "pod_target_labels": "podTargetLabels",
        "sample_limit": "sampleLimit",
        "scrape_class": "scrapeClass",
        "selector": "selector",
        "series_limit": "seriesLimit",
        "target_labels": "targetLabels",
    },
)
class VmServiceScrapeSpec:
    def __init__(
        self,
        *,
        endpoints: typing.Sequence[typing.Union["VmServiceScrapeSpecEndpoints", typing.Dict[builtins.str, typing.Any]]],
        attach_metadata: typing.Optional[typing.Union["VmServiceScrapeSpecAttachMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        discovery_role: typing.Optional["VmServiceScrapeSpecDiscoveryRole"] = None,
        job_label: typing.Optional[builtins.str] = None,
        namespace_selector: typing.Optional[typing.Union["VmServiceScrapeSpecNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        pod_target_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
        sample_limit: typing.Optional[jsii.Number] = None,
        scrape_class: typing.Optional[builtins.str] = None,
        selector: typing.Optional[typing.Union["VmServiceScrapeSpecSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        series_limit: typing.Optional[jsii.Number] = None,
        target_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param endpoints: 
        :param attach_metadata: 
        :param discovery_role: 
        :param job_label: 
        :param namespace_selector: 
        :param pod_target_labels: 
        :param sample_limit: 
        :param scrape_class: 
        :param selector: 
        :param series_limit: 
        :param target_labels: 

        :schema: VmServiceScrapeSpec
        '''
        if isinstance(attach_metadata, dict):
            attach_metadata = VmServiceScrapeSpecAttachMetadata(**attach_metadata)
        if isinstance(namespace_selector, dict):
            namespace_selector = VmServiceScrapeSpecNamespaceSelector(**namespace_selector)
        if isinstance(selector, dict):
            selector = VmServiceScrapeSpecSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b6089d660805d6fbfbf3cd2bded8a5d519048ad8b9eb8eb9789548706867b3b5)
            check_type(argname="argument endpoints", value=endpoints, expected_type=type_hints["endpoints"])
            check_type(argname="argument attach_metadata", value=attach_metadata, expected_type=type_hints["attach_metadata"])
            check_type(argname="argument discovery_role", value=discovery_role, expected_type=type_hints["discovery_role"])
            check_type(argname="argument job_label", value=job_label, expected_type=type_hints["job_label"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
            check_type(argname="argument pod_target_labels", value=pod_target_labels, expected_type=type_hints["pod_target_labels"])
            check_type(argname="argument sample_limit", value=sample_limit, expected_type=type_hints["sample_limit"])
            check_type(argname="argument scrape_class", value=scrape_class, expected_type=type_hints["scrape_class"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument series_limit", value=series_limit, expected_type=type_hints["series_limit"])
            check_type(argname="argument target_labels", value=target_labels, expected_type=type_hints["target_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "endpoints": endpoints,
        }
        if attach_metadata is not None:
            self._values["attach_metadata"] = attach_metadata
        if discovery_role is not None:
            self._values["discovery_role"] = discovery_role
        if job_label is not None:
            self._values["job_label"] = job_label
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector
        if pod_target_labels is not None:
            self._values["pod_target_labels"] = pod_target_labels
        if sample_limit is not None:
            self._values["sample_limit"] = sample_limit
        if scrape_class is not None:
            self._values["scrape_class"] = scrape_class
        if selector is not None:
            self._values["selector"] = selector
        if series_limit is not None:
            self._values["series_limit"] = series_limit
        if target_labels is not None:
            self._values["target_labels"] = target_labels

    @builtins.property
    def endpoints(self) -> typing.List["VmServiceScrapeSpecEndpoints"]:
        '''
        :schema: VmServiceScrapeSpec#endpoints
        '''
        result = self._values.get("endpoints")
        assert result is not None, "Required property 'endpoints' is missing"
        return typing.cast(typing.List["VmServiceScrapeSpecEndpoints"], result)

    @builtins.property
    def attach_metadata(self) -> typing.Optional["VmServiceScrapeSpecAttachMetadata"]:
        '''
        :schema: VmServiceScrapeSpec#attach_metadata
        '''
        result = self._values.get("attach_metadata")
        return typing.cast(typing.Optional["VmServiceScrapeSpecAttachMetadata"], result)

    @builtins.property
    def discovery_role(self) -> typing.Optional["VmServiceScrapeSpecDiscoveryRole"]:
        '''
        :schema: VmServiceScrapeSpec#discoveryRole
        '''
        result = self._values.get("discovery_role")
        return typing.cast(typing.Optional["VmServiceScrapeSpecDiscoveryRole"], result)

    @builtins.property
    def job_label(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpec#jobLabel
        '''
        result = self._values.get("job_label")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecNamespaceSelector"]:
        '''
        :schema: VmServiceScrapeSpec#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["VmServiceScrapeSpecNamespaceSelector"], result)

    @builtins.property
    def pod_target_labels(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VmServiceScrapeSpec#podTargetLabels
        '''
        result = self._values.get("pod_target_labels")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def sample_limit(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VmServiceScrapeSpec#sampleLimit
        '''
        result = self._values.get("sample_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scrape_class(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpec#scrapeClass
        '''
        result = self._values.get("scrape_class")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def selector(self) -> typing.Optional["VmServiceScrapeSpecSelector"]:
        '''
        :schema: VmServiceScrapeSpec#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["VmServiceScrapeSpecSelector"], result)

    @builtins.property
    def series_limit(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VmServiceScrapeSpec#seriesLimit
        '''
        result = self._values.get("series_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def target_labels(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VmServiceScrapeSpec#targetLabels
        '''
        result = self._values.get("target_labels")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecAttachMetadata",
    jsii_struct_bases=[],
    name_mapping={"namespace": "namespace", "node": "node"},
)
class VmServiceScrapeSpecAttachMetadata:
    def __init__(
        self,
        *,
        namespace: typing.Optional[builtins.bool] = None,
        node: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param namespace: 
        :param node: 

        :schema: VmServiceScrapeSpecAttachMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cde4ee0d7237eafdb57d26040c7863b3869253363fa783ee679221709cfe8678)
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument node", value=node, expected_type=type_hints["node"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if namespace is not None:
            self._values["namespace"] = namespace
        if node is not None:
            self._values["node"] = node

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecAttachMetadata#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def node(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecAttachMetadata#node
        '''
        result = self._values.get("node")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecAttachMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecDiscoveryRole"
)
class VmServiceScrapeSpecDiscoveryRole(enum.Enum):
    '''
    :schema: VmServiceScrapeSpecDiscoveryRole
    '''

    ENDPOINTS = "ENDPOINTS"
    '''endpoints.'''
    SERVICE = "SERVICE"
    '''service.'''
    ENDPOINTSLICES = "ENDPOINTSLICES"
    '''endpointslices.'''
    ENDPOINTSLICE = "ENDPOINTSLICE"
    '''endpointslice.'''


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpoints",
    jsii_struct_bases=[],
    name_mapping={
        "attach_metadata": "attachMetadata",
        "authorization": "authorization",
        "basic_auth": "basicAuth",
        "bearer_token_file": "bearerTokenFile",
        "bearer_token_secret": "bearerTokenSecret",
        "follow_redirects": "followRedirects",
        "honor_labels": "honorLabels",
        "honor_timestamps": "honorTimestamps",
        "interval": "interval",
        "max_scrape_size": "maxScrapeSize",
        "metric_relabel_configs": "metricRelabelConfigs",
        "oauth2": "oauth2",
        "params": "params",
        "path": "path",
        "port": "port",
        "proxy_url": "proxyUrl",
        "relabel_configs": "relabelConfigs",
        "sample_limit": "sampleLimit",
        "scheme": "scheme",
        "scrape_interval": "scrapeInterval",
        "scrape_timeout": "scrapeTimeout",
        "series_limit": "seriesLimit",
        "target_port": "targetPort",
        "tls_config": "tlsConfig",
        "vm_scrape_params": "vmScrapeParams",
    },
)
class VmServiceScrapeSpecEndpoints:
    def __init__(
        self,
        *,
        attach_metadata: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsAttachMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        authorization: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsAuthorization", typing.Dict[builtins.str, typing.Any]]] = None,
        basic_auth: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsBasicAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        bearer_token_file: typing.Optional[builtins.str] = None,
        bearer_token_secret: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsBearerTokenSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        follow_redirects: typing.Optional[builtins.bool] = None,
        honor_labels: typing.Optional[builtins.bool] = None,
        honor_timestamps: typing.Optional[builtins.bool] = None,
        interval: typing.Optional[builtins.str] = None,
        max_scrape_size: typing.Optional[builtins.str] = None,
        metric_relabel_configs: typing.Optional[typing.Sequence[typing.Union["VmServiceScrapeSpecEndpointsMetricRelabelConfigs", typing.Dict[builtins.str, typing.Any]]]] = None,
        oauth2: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsOauth2", typing.Dict[builtins.str, typing.Any]]] = None,
        params: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
        path: typing.Optional[builtins.str] = None,
        port: typing.Optional[builtins.str] = None,
        proxy_url: typing.Optional[builtins.str] = None,
        relabel_configs: typing.Optional[typing.Sequence[typing.Union["VmServiceScrapeSpecEndpointsRelabelConfigs", typing.Dict[builtins.str, typing.Any]]]] = None,
        sample_limit: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional["VmServiceScrapeSpecEndpointsScheme"] = None,
        scrape_interval: typing.Optional[builtins.str] = None,
        scrape_timeout: typing.Optional[builtins.str] = None,
        series_limit: typing.Optional[jsii.Number] = None,
        target_port: typing.Optional["VmServiceScrapeSpecEndpointsTargetPort"] = None,
        tls_config: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsTlsConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        vm_scrape_params: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsVmScrapeParams", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param attach_metadata: 
        :param authorization: 
        :param basic_auth: 
        :param bearer_token_file: 
        :param bearer_token_secret: 
        :param follow_redirects: 
        :param honor_labels: 
        :param honor_timestamps: 
        :param interval: 
        :param max_scrape_size: 
        :param metric_relabel_configs: 
        :param oauth2: 
        :param params: 
        :param path: 
        :param port: 
        :param proxy_url: 
        :param relabel_configs: 
        :param sample_limit: 
        :param scheme: 
        :param scrape_interval: 
        :param scrape_timeout: 
        :param series_limit: 
        :param target_port: 
        :param tls_config: 
        :param vm_scrape_params: 

        :schema: VmServiceScrapeSpecEndpoints
        '''
        if isinstance(attach_metadata, dict):
            attach_metadata = VmServiceScrapeSpecEndpointsAttachMetadata(**attach_metadata)
        if isinstance(authorization, dict):
            authorization = VmServiceScrapeSpecEndpointsAuthorization(**authorization)
        if isinstance(basic_auth, dict):
            basic_auth = VmServiceScrapeSpecEndpointsBasicAuth(**basic_auth)
        if isinstance(bearer_token_secret, dict):
            bearer_token_secret = VmServiceScrapeSpecEndpointsBearerTokenSecret(**bearer_token_secret)
        if isinstance(oauth2, dict):
            oauth2 = VmServiceScrapeSpecEndpointsOauth2(**oauth2)
        if isinstance(tls_config, dict):
            tls_config = VmServiceScrapeSpecEndpointsTlsConfig(**tls_config)
        if isinstance(vm_scrape_params, dict):
            vm_scrape_params = VmServiceScrapeSpecEndpointsVmScrapeParams(**vm_scrape_params)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bfaffc90319dd1f91ee87256d6911432f37281f9fdfbbbc6d381403a05482616)
            check_type(argname="argument attach_metadata", value=attach_metadata, expected_type=type_hints["attach_metadata"])
            check_type(argname="argument authorization", value=authorization, expected_type=type_hints["authorization"])
            check_type(argname="argument basic_auth", value=basic_auth, expected_type=type_hints["basic_auth"])
            check_type(argname="argument bearer_token_file", value=bearer_token_file, expected_type=type_hints["bearer_token_file"])
            check_type(argname="argument bearer_token_secret", value=bearer_token_secret, expected_type=type_hints["bearer_token_secret"])
            check_type(argname="argument follow_redirects", value=follow_redirects, expected_type=type_hints["follow_redirects"])
            check_type(argname="argument honor_labels", value=honor_labels, expected_type=type_hints["honor_labels"])
            check_type(argname="argument honor_timestamps", value=honor_timestamps, expected_type=type_hints["honor_timestamps"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument max_scrape_size", value=max_scrape_size, expected_type=type_hints["max_scrape_size"])
            check_type(argname="argument metric_relabel_configs", value=metric_relabel_configs, expected_type=type_hints["metric_relabel_configs"])
            check_type(argname="argument oauth2", value=oauth2, expected_type=type_hints["oauth2"])
            check_type(argname="argument params", value=params, expected_type=type_hints["params"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument proxy_url", value=proxy_url, expected_type=type_hints["proxy_url"])
            check_type(argname="argument relabel_configs", value=relabel_configs, expected_type=type_hints["relabel_configs"])
            check_type(argname="argument sample_limit", value=sample_limit, expected_type=type_hints["sample_limit"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument scrape_interval", value=scrape_interval, expected_type=type_hints["scrape_interval"])
            check_type(argname="argument scrape_timeout", value=scrape_timeout, expected_type=type_hints["scrape_timeout"])
            check_type(argname="argument series_limit", value=series_limit, expected_type=type_hints["series_limit"])
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
            check_type(argname="argument tls_config", value=tls_config, expected_type=type_hints["tls_config"])
            check_type(argname="argument vm_scrape_params", value=vm_scrape_params, expected_type=type_hints["vm_scrape_params"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if attach_metadata is not None:
            self._values["attach_metadata"] = attach_metadata
        if authorization is not None:
            self._values["authorization"] = authorization
        if basic_auth is not None:
            self._values["basic_auth"] = basic_auth
        if bearer_token_file is not None:
            self._values["bearer_token_file"] = bearer_token_file
        if bearer_token_secret is not None:
            self._values["bearer_token_secret"] = bearer_token_secret
        if follow_redirects is not None:
            self._values["follow_redirects"] = follow_redirects
        if honor_labels is not None:
            self._values["honor_labels"] = honor_labels
        if honor_timestamps is not None:
            self._values["honor_timestamps"] = honor_timestamps
        if interval is not None:
            self._values["interval"] = interval
        if max_scrape_size is not None:
            self._values["max_scrape_size"] = max_scrape_size
        if metric_relabel_configs is not None:
            self._values["metric_relabel_configs"] = metric_relabel_configs
        if oauth2 is not None:
            self._values["oauth2"] = oauth2
        if params is not None:
            self._values["params"] = params
        if path is not None:
            self._values["path"] = path
        if port is not None:
            self._values["port"] = port
        if proxy_url is not None:
            self._values["proxy_url"] = proxy_url
        if relabel_configs is not None:
            self._values["relabel_configs"] = relabel_configs
        if sample_limit is not None:
            self._values["sample_limit"] = sample_limit
        if scheme is not None:
            self._values["scheme"] = scheme
        if scrape_interval is not None:
            self._values["scrape_interval"] = scrape_interval
        if scrape_timeout is not None:
            self._values["scrape_timeout"] = scrape_timeout
        if series_limit is not None:
            self._values["series_limit"] = series_limit
        if target_port is not None:
            self._values["target_port"] = target_port
        if tls_config is not None:
            self._values["tls_config"] = tls_config
        if vm_scrape_params is not None:
            self._values["vm_scrape_params"] = vm_scrape_params

    @builtins.property
    def attach_metadata(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsAttachMetadata"]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#attach_metadata
        '''
        result = self._values.get("attach_metadata")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsAttachMetadata"], result)

    @builtins.property
    def authorization(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsAuthorization"]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#authorization
        '''
        result = self._values.get("authorization")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsAuthorization"], result)

    @builtins.property
    def basic_auth(self) -> typing.Optional["VmServiceScrapeSpecEndpointsBasicAuth"]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#basicAuth
        '''
        result = self._values.get("basic_auth")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsBasicAuth"], result)

    @builtins.property
    def bearer_token_file(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#bearerTokenFile
        '''
        result = self._values.get("bearer_token_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bearer_token_secret(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsBearerTokenSecret"]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#bearerTokenSecret
        '''
        result = self._values.get("bearer_token_secret")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsBearerTokenSecret"], result)

    @builtins.property
    def follow_redirects(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#follow_redirects
        '''
        result = self._values.get("follow_redirects")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def honor_labels(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#honorLabels
        '''
        result = self._values.get("honor_labels")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def honor_timestamps(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#honorTimestamps
        '''
        result = self._values.get("honor_timestamps")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_scrape_size(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#max_scrape_size
        '''
        result = self._values.get("max_scrape_size")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metric_relabel_configs(
        self,
    ) -> typing.Optional[typing.List["VmServiceScrapeSpecEndpointsMetricRelabelConfigs"]]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#metricRelabelConfigs
        '''
        result = self._values.get("metric_relabel_configs")
        return typing.cast(typing.Optional[typing.List["VmServiceScrapeSpecEndpointsMetricRelabelConfigs"]], result)

    @builtins.property
    def oauth2(self) -> typing.Optional["VmServiceScrapeSpecEndpointsOauth2"]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#oauth2
        '''
        result = self._values.get("oauth2")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsOauth2"], result)

    @builtins.property
    def params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#params
        '''
        result = self._values.get("params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxy_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#proxyURL
        '''
        result = self._values.get("proxy_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def relabel_configs(
        self,
    ) -> typing.Optional[typing.List["VmServiceScrapeSpecEndpointsRelabelConfigs"]]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#relabelConfigs
        '''
        result = self._values.get("relabel_configs")
        return typing.cast(typing.Optional[typing.List["VmServiceScrapeSpecEndpointsRelabelConfigs"]], result)

    @builtins.property
    def sample_limit(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#sampleLimit
        '''
        result = self._values.get("sample_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(self) -> typing.Optional["VmServiceScrapeSpecEndpointsScheme"]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsScheme"], result)

    @builtins.property
    def scrape_interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#scrape_interval
        '''
        result = self._values.get("scrape_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scrape_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#scrapeTimeout
        '''
        result = self._values.get("scrape_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def series_limit(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#seriesLimit
        '''
        result = self._values.get("series_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def target_port(self) -> typing.Optional["VmServiceScrapeSpecEndpointsTargetPort"]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#targetPort
        '''
        result = self._values.get("target_port")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsTargetPort"], result)

    @builtins.property
    def tls_config(self) -> typing.Optional["VmServiceScrapeSpecEndpointsTlsConfig"]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#tlsConfig
        '''
        result = self._values.get("tls_config")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsTlsConfig"], result)

    @builtins.property
    def vm_scrape_params(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParams"]:
        '''
        :schema: VmServiceScrapeSpecEndpoints#vm_scrape_params
        '''
        result = self._values.get("vm_scrape_params")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParams"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpoints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsAttachMetadata",
    jsii_struct_bases=[],
    name_mapping={"namespace": "namespace", "node": "node"},
)
class VmServiceScrapeSpecEndpointsAttachMetadata:
    def __init__(
        self,
        *,
        namespace: typing.Optional[builtins.bool] = None,
        node: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param namespace: 
        :param node: 

        :schema: VmServiceScrapeSpecEndpointsAttachMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a16ca179b087bfe57dd88bfb738cb3b945f36756829abca356f02f0bc05ee80)
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument node", value=node, expected_type=type_hints["node"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if namespace is not None:
            self._values["namespace"] = namespace
        if node is not None:
            self._values["node"] = node

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsAttachMetadata#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def node(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsAttachMetadata#node
        '''
        result = self._values.get("node")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsAttachMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsAuthorization",
    jsii_struct_bases=[],
    name_mapping={
        "credentials": "credentials",
        "credentials_file": "credentialsFile",
        "type": "type",
    },
)
class VmServiceScrapeSpecEndpointsAuthorization:
    def __init__(
        self,
        *,
        credentials: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsAuthorizationCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        credentials_file: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param credentials: 
        :param credentials_file: 
        :param type: 

        :schema: VmServiceScrapeSpecEndpointsAuthorization
        '''
        if isinstance(credentials, dict):
            credentials = VmServiceScrapeSpecEndpointsAuthorizationCredentials(**credentials)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1a5f6951fd55f3796b6fa060fbca8ccc468a3e03c8055980fbfbd48620e50aa9)
            check_type(argname="argument credentials", value=credentials, expected_type=type_hints["credentials"])
            check_type(argname="argument credentials_file", value=credentials_file, expected_type=type_hints["credentials_file"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if credentials is not None:
            self._values["credentials"] = credentials
        if credentials_file is not None:
            self._values["credentials_file"] = credentials_file
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def credentials(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsAuthorizationCredentials"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsAuthorization#credentials
        '''
        result = self._values.get("credentials")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsAuthorizationCredentials"], result)

    @builtins.property
    def credentials_file(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsAuthorization#credentialsFile
        '''
        result = self._values.get("credentials_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsAuthorization#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsAuthorization(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsAuthorizationCredentials",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class VmServiceScrapeSpecEndpointsAuthorizationCredentials:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: VmServiceScrapeSpecEndpointsAuthorizationCredentials
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__73b40d91a30289e9386f2541badef7e62fd97f46cf4a1d9ea493f45e7930d175)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsAuthorizationCredentials#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsAuthorizationCredentials#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsAuthorizationCredentials#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsAuthorizationCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsBasicAuth",
    jsii_struct_bases=[],
    name_mapping={
        "password": "password",
        "password_file": "passwordFile",
        "username": "username",
    },
)
class VmServiceScrapeSpecEndpointsBasicAuth:
    def __init__(
        self,
        *,
        password: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsBasicAuthPassword", typing.Dict[builtins.str, typing.Any]]] = None,
        password_file: typing.Optional[builtins.str] = None,
        username: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsBasicAuthUsername", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param password: 
        :param password_file: 
        :param username: 

        :schema: VmServiceScrapeSpecEndpointsBasicAuth
        '''
        if isinstance(password, dict):
            password = VmServiceScrapeSpecEndpointsBasicAuthPassword(**password)
        if isinstance(username, dict):
            username = VmServiceScrapeSpecEndpointsBasicAuthUsername(**username)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7dcb5300d6593222f5d7d11b9d17702b659b2848e3b5d52c39b682f64d3b934f)
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument password_file", value=password_file, expected_type=type_hints["password_file"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if password is not None:
            self._values["password"] = password
        if password_file is not None:
            self._values["password_file"] = password_file
        if username is not None:
            self._values["username"] = username

    @builtins.property
    def password(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsBasicAuthPassword"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsBasicAuth#password
        '''
        result = self._values.get("password")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsBasicAuthPassword"], result)

    @builtins.property
    def password_file(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsBasicAuth#password_file
        '''
        result = self._values.get("password_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def username(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsBasicAuthUsername"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsBasicAuth#username
        '''
        result = self._values.get("username")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsBasicAuthUsername"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsBasicAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsBasicAuthPassword",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class VmServiceScrapeSpecEndpointsBasicAuthPassword:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: VmServiceScrapeSpecEndpointsBasicAuthPassword
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c7358b84101e5c7c7b0b974a1a02fab2fdd766dc60899d89ab9aaab6034a7ea8)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsBasicAuthPassword#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsBasicAuthPassword#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsBasicAuthPassword#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsBasicAuthPassword(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsBasicAuthUsername",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class VmServiceScrapeSpecEndpointsBasicAuthUsername:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: VmServiceScrapeSpecEndpointsBasicAuthUsername
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__960c276d9653f24738bc01e46c87dc59e6154e30c8f68bd69baa93f4ff3dac1a)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsBasicAuthUsername#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsBasicAuthUsername#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsBasicAuthUsername#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsBasicAuthUsername(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsBearerTokenSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class VmServiceScrapeSpecEndpointsBearerTokenSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: VmServiceScrapeSpecEndpointsBearerTokenSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e393b5f350034a9ae32a92ac033346dabbe34476ec0d3fe669942c6e0cddecde)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsBearerTokenSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsBearerTokenSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsBearerTokenSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsBearerTokenSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsMetricRelabelConfigs",
    jsii_struct_bases=[],
    name_mapping={
        "action": "action",
        "if_": "if",
        "labels": "labels",
        "match": "match",
        "modulus": "modulus",
        "regex": "regex",
        "replacement": "replacement",
        "separator": "separator",
        "source_labels": "sourceLabels",
        "target_label": "targetLabel",
    },
)
class VmServiceScrapeSpecEndpointsMetricRelabelConfigs:
    def __init__(
        self,
        *,
        action: typing.Optional[builtins.str] = None,
        if_: typing.Any = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        match: typing.Optional[builtins.str] = None,
        modulus: typing.Optional[jsii.Number] = None,
        regex: typing.Any = None,
        replacement: typing.Optional[builtins.str] = None,
        separator: typing.Optional[builtins.str] = None,
        source_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
        target_label: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param action: 
        :param if_: 
        :param labels: 
        :param match: 
        :param modulus: 
        :param regex: 
        :param replacement: 
        :param separator: 
        :param source_labels: 
        :param target_label: 

        :schema: VmServiceScrapeSpecEndpointsMetricRelabelConfigs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0823e5e8f3e40ed154dd6ec70bc2c5a07ff73a90087831ca8e20c4a3a6aaba76)
            check_type(argname="argument action", value=action, expected_type=type_hints["action"])
            check_type(argname="argument if_", value=if_, expected_type=type_hints["if_"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument modulus", value=modulus, expected_type=type_hints["modulus"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
            check_type(argname="argument replacement", value=replacement, expected_type=type_hints["replacement"])
            check_type(argname="argument separator", value=separator, expected_type=type_hints["separator"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument target_label", value=target_label, expected_type=type_hints["target_label"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if action is not None:
            self._values["action"] = action
        if if_ is not None:
            self._values["if_"] = if_
        if labels is not None:
            self._values["labels"] = labels
        if match is not None:
            self._values["match"] = match
        if modulus is not None:
            self._values["modulus"] = modulus
        if regex is not None:
            self._values["regex"] = regex
        if replacement is not None:
            self._values["replacement"] = replacement
        if separator is not None:
            self._values["separator"] = separator
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if target_label is not None:
            self._values["target_label"] = target_label

    @builtins.property
    def action(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsMetricRelabelConfigs#action
        '''
        result = self._values.get("action")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def if_(self) -> typing.Any:
        '''
        :schema: VmServiceScrapeSpecEndpointsMetricRelabelConfigs#if
        '''
        result = self._values.get("if_")
        return typing.cast(typing.Any, result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VmServiceScrapeSpecEndpointsMetricRelabelConfigs#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def match(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsMetricRelabelConfigs#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def modulus(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VmServiceScrapeSpecEndpointsMetricRelabelConfigs#modulus
        '''
        result = self._values.get("modulus")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def regex(self) -> typing.Any:
        '''
        :schema: VmServiceScrapeSpecEndpointsMetricRelabelConfigs#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Any, result)

    @builtins.property
    def replacement(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsMetricRelabelConfigs#replacement
        '''
        result = self._values.get("replacement")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def separator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsMetricRelabelConfigs#separator
        '''
        result = self._values.get("separator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def source_labels(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VmServiceScrapeSpecEndpointsMetricRelabelConfigs#source_labels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def target_label(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsMetricRelabelConfigs#target_label
        '''
        result = self._values.get("target_label")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsMetricRelabelConfigs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsOauth2",
    jsii_struct_bases=[],
    name_mapping={
        "client_id": "clientId",
        "token_url": "tokenUrl",
        "client_secret": "clientSecret",
        "client_secret_file": "clientSecretFile",
        "endpoint_params": "endpointParams",
        "proxy_url": "proxyUrl",
        "scopes": "scopes",
        "tls_config": "tlsConfig",
    },
)
class VmServiceScrapeSpecEndpointsOauth2:
    def __init__(
        self,
        *,
        client_id: typing.Union["VmServiceScrapeSpecEndpointsOauth2ClientId", typing.Dict[builtins.str, typing.Any]],
        token_url: builtins.str,
        client_secret: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsOauth2ClientSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        client_secret_file: typing.Optional[builtins.str] = None,
        endpoint_params: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        proxy_url: typing.Optional[builtins.str] = None,
        scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        tls_config: typing.Any = None,
    ) -> None:
        '''
        :param client_id: 
        :param token_url: 
        :param client_secret: 
        :param client_secret_file: 
        :param endpoint_params: 
        :param proxy_url: 
        :param scopes: 
        :param tls_config: 

        :schema: VmServiceScrapeSpecEndpointsOauth2
        '''
        if isinstance(client_id, dict):
            client_id = VmServiceScrapeSpecEndpointsOauth2ClientId(**client_id)
        if isinstance(client_secret, dict):
            client_secret = VmServiceScrapeSpecEndpointsOauth2ClientSecret(**client_secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c08edae950b73ad0d28e507e3204785263b92b1b1471cbfd3d706654b608ddb0)
            check_type(argname="argument client_id", value=client_id, expected_type=type_hints["client_id"])
            check_type(argname="argument token_url", value=token_url, expected_type=type_hints["token_url"])
            check_type(argname="argument client_secret", value=client_secret, expected_type=type_hints["client_secret"])
            check_type(argname="argument client_secret_file", value=client_secret_file, expected_type=type_hints["client_secret_file"])
            check_type(argname="argument endpoint_params", value=endpoint_params, expected_type=type_hints["endpoint_params"])
            check_type(argname="argument proxy_url", value=proxy_url, expected_type=type_hints["proxy_url"])
            check_type(argname="argument scopes", value=scopes, expected_type=type_hints["scopes"])
            check_type(argname="argument tls_config", value=tls_config, expected_type=type_hints["tls_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "client_id": client_id,
            "token_url": token_url,
        }
        if client_secret is not None:
            self._values["client_secret"] = client_secret
        if client_secret_file is not None:
            self._values["client_secret_file"] = client_secret_file
        if endpoint_params is not None:
            self._values["endpoint_params"] = endpoint_params
        if proxy_url is not None:
            self._values["proxy_url"] = proxy_url
        if scopes is not None:
            self._values["scopes"] = scopes
        if tls_config is not None:
            self._values["tls_config"] = tls_config

    @builtins.property
    def client_id(self) -> "VmServiceScrapeSpecEndpointsOauth2ClientId":
        '''
        :schema: VmServiceScrapeSpecEndpointsOauth2#client_id
        '''
        result = self._values.get("client_id")
        assert result is not None, "Required property 'client_id' is missing"
        return typing.cast("VmServiceScrapeSpecEndpointsOauth2ClientId", result)

    @builtins.property
    def token_url(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsOauth2#token_url
        '''
        result = self._values.get("token_url")
        assert result is not None, "Required property 'token_url' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def client_secret(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsOauth2ClientSecret"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsOauth2#client_secret
        '''
        result = self._values.get("client_secret")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsOauth2ClientSecret"], result)

    @builtins.property
    def client_secret_file(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsOauth2#client_secret_file
        '''
        result = self._values.get("client_secret_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def endpoint_params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VmServiceScrapeSpecEndpointsOauth2#endpoint_params
        '''
        result = self._values.get("endpoint_params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def proxy_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsOauth2#proxy_url
        '''
        result = self._values.get("proxy_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VmServiceScrapeSpecEndpointsOauth2#scopes
        '''
        result = self._values.get("scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tls_config(self) -> typing.Any:
        '''
        :schema: VmServiceScrapeSpecEndpointsOauth2#tls_config
        '''
        result = self._values.get("tls_config")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsOauth2(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsOauth2ClientId",
    jsii_struct_bases=[],
    name_mapping={"config_map": "configMap", "secret": "secret"},
)
class VmServiceScrapeSpecEndpointsOauth2ClientId:
    def __init__(
        self,
        *,
        config_map: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsOauth2ClientIdConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        secret: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsOauth2ClientIdSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map: 
        :param secret: 

        :schema: VmServiceScrapeSpecEndpointsOauth2ClientId
        '''
        if isinstance(config_map, dict):
            config_map = VmServiceScrapeSpecEndpointsOauth2ClientIdConfigMap(**config_map)
        if isinstance(secret, dict):
            secret = VmServiceScrapeSpecEndpointsOauth2ClientIdSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f58ba87bcd18fb69dcc8a2bb2b6878db83cf15e8ab42d98e48fe4b47b594f1d8)
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map is not None:
            self._values["config_map"] = config_map
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsOauth2ClientIdConfigMap"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsOauth2ClientId#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsOauth2ClientIdConfigMap"], result)

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsOauth2ClientIdSecret"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsOauth2ClientId#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsOauth2ClientIdSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsOauth2ClientId(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsOauth2ClientIdConfigMap",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class VmServiceScrapeSpecEndpointsOauth2ClientIdConfigMap:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: VmServiceScrapeSpecEndpointsOauth2ClientIdConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0582374f3397a9b261acdacd20eecc0906c01e0af83d2e25412ab3f42ef3b2a4)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsOauth2ClientIdConfigMap#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsOauth2ClientIdConfigMap#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsOauth2ClientIdConfigMap#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsOauth2ClientIdConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsOauth2ClientIdSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class VmServiceScrapeSpecEndpointsOauth2ClientIdSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: VmServiceScrapeSpecEndpointsOauth2ClientIdSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__65aee3d65d8bc0fbc235bf3ce4f221586c435e0e2d252cdbc4e8f7e61b4a98d9)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsOauth2ClientIdSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsOauth2ClientIdSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsOauth2ClientIdSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsOauth2ClientIdSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsOauth2ClientSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class VmServiceScrapeSpecEndpointsOauth2ClientSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: VmServiceScrapeSpecEndpointsOauth2ClientSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bdc3c3f8fe5466f66b2ebf2b6bf654cfdc08468c11a49e0c0580d87041bf103f)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsOauth2ClientSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsOauth2ClientSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsOauth2ClientSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsOauth2ClientSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsRelabelConfigs",
    jsii_struct_bases=[],
    name_mapping={
        "action": "action",
        "if_": "if",
        "labels": "labels",
        "match": "match",
        "modulus": "modulus",
        "regex": "regex",
        "replacement": "replacement",
        "separator": "separator",
        "source_labels": "sourceLabels",
        "target_label": "targetLabel",
    },
)
class VmServiceScrapeSpecEndpointsRelabelConfigs:
    def __init__(
        self,
        *,
        action: typing.Optional[builtins.str] = None,
        if_: typing.Any = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        match: typing.Optional[builtins.str] = None,
        modulus: typing.Optional[jsii.Number] = None,
        regex: typing.Any = None,
        replacement: typing.Optional[builtins.str] = None,
        separator: typing.Optional[builtins.str] = None,
        source_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
        target_label: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param action: 
        :param if_: 
        :param labels: 
        :param match: 
        :param modulus: 
        :param regex: 
        :param replacement: 
        :param separator: 
        :param source_labels: 
        :param target_label: 

        :schema: VmServiceScrapeSpecEndpointsRelabelConfigs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bfd4a21c51e4e18459772154f5ef07580c851203d68045d5886b26f60d442147)
            check_type(argname="argument action", value=action, expected_type=type_hints["action"])
            check_type(argname="argument if_", value=if_, expected_type=type_hints["if_"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument modulus", value=modulus, expected_type=type_hints["modulus"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
            check_type(argname="argument replacement", value=replacement, expected_type=type_hints["replacement"])
            check_type(argname="argument separator", value=separator, expected_type=type_hints["separator"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument target_label", value=target_label, expected_type=type_hints["target_label"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if action is not None:
            self._values["action"] = action
        if if_ is not None:
            self._values["if_"] = if_
        if labels is not None:
            self._values["labels"] = labels
        if match is not None:
            self._values["match"] = match
        if modulus is not None:
            self._values["modulus"] = modulus
        if regex is not None:
            self._values["regex"] = regex
        if replacement is not None:
            self._values["replacement"] = replacement
        if separator is not None:
            self._values["separator"] = separator
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if target_label is not None:
            self._values["target_label"] = target_label

    @builtins.property
    def action(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsRelabelConfigs#action
        '''
        result = self._values.get("action")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def if_(self) -> typing.Any:
        '''
        :schema: VmServiceScrapeSpecEndpointsRelabelConfigs#if
        '''
        result = self._values.get("if_")
        return typing.cast(typing.Any, result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VmServiceScrapeSpecEndpointsRelabelConfigs#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def match(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsRelabelConfigs#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def modulus(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VmServiceScrapeSpecEndpointsRelabelConfigs#modulus
        '''
        result = self._values.get("modulus")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def regex(self) -> typing.Any:
        '''
        :schema: VmServiceScrapeSpecEndpointsRelabelConfigs#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Any, result)

    @builtins.property
    def replacement(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsRelabelConfigs#replacement
        '''
        result = self._values.get("replacement")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def separator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsRelabelConfigs#separator
        '''
        result = self._values.get("separator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def source_labels(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VmServiceScrapeSpecEndpointsRelabelConfigs#source_labels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def target_label(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsRelabelConfigs#target_label
        '''
        result = self._values.get("target_label")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsRelabelConfigs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsScheme"
)
class VmServiceScrapeSpecEndpointsScheme(enum.Enum):
    '''
    :schema: VmServiceScrapeSpecEndpointsScheme
    '''

    HTTP = "HTTP"
    '''http.'''
    HTTPS = "HTTPS"
    '''https.'''


class VmServiceScrapeSpecEndpointsTargetPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsTargetPort",
):
    '''
    :schema: VmServiceScrapeSpecEndpointsTargetPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "VmServiceScrapeSpecEndpointsTargetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__57dc231fc72c24ccca4e4af05e1a2ef85b91aca10de6f6d57a3be86fd9ee85bd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("VmServiceScrapeSpecEndpointsTargetPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "VmServiceScrapeSpecEndpointsTargetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cbf6ddce082fac1fd200f7215d0db8075cd4ea52bc33c37dbb37ede609b31cf5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("VmServiceScrapeSpecEndpointsTargetPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsTlsConfig",
    jsii_struct_bases=[],
    name_mapping={
        "ca": "ca",
        "ca_file": "caFile",
        "cert": "cert",
        "cert_file": "certFile",
        "insecure_skip_verify": "insecureSkipVerify",
        "key_file": "keyFile",
        "key_secret": "keySecret",
        "server_name": "serverName",
    },
)
class VmServiceScrapeSpecEndpointsTlsConfig:
    def __init__(
        self,
        *,
        ca: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsTlsConfigCa", typing.Dict[builtins.str, typing.Any]]] = None,
        ca_file: typing.Optional[builtins.str] = None,
        cert: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsTlsConfigCert", typing.Dict[builtins.str, typing.Any]]] = None,
        cert_file: typing.Optional[builtins.str] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        key_file: typing.Optional[builtins.str] = None,
        key_secret: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsTlsConfigKeySecret", typing.Dict[builtins.str, typing.Any]]] = None,
        server_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param ca: 
        :param ca_file: 
        :param cert: 
        :param cert_file: 
        :param insecure_skip_verify: 
        :param key_file: 
        :param key_secret: 
        :param server_name: 

        :schema: VmServiceScrapeSpecEndpointsTlsConfig
        '''
        if isinstance(ca, dict):
            ca = VmServiceScrapeSpecEndpointsTlsConfigCa(**ca)
        if isinstance(cert, dict):
            cert = VmServiceScrapeSpecEndpointsTlsConfigCert(**cert)
        if isinstance(key_secret, dict):
            key_secret = VmServiceScrapeSpecEndpointsTlsConfigKeySecret(**key_secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__10eae24e368cf402d8cbdf163a2e0623ea5c7f78c8c4ac8ac7ce8004689ebf0b)
            check_type(argname="argument ca", value=ca, expected_type=type_hints["ca"])
            check_type(argname="argument ca_file", value=ca_file, expected_type=type_hints["ca_file"])
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument cert_file", value=cert_file, expected_type=type_hints["cert_file"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
            check_type(argname="argument key_file", value=key_file, expected_type=type_hints["key_file"])
            check_type(argname="argument key_secret", value=key_secret, expected_type=type_hints["key_secret"])
            check_type(argname="argument server_name", value=server_name, expected_type=type_hints["server_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca is not None:
            self._values["ca"] = ca
        if ca_file is not None:
            self._values["ca_file"] = ca_file
        if cert is not None:
            self._values["cert"] = cert
        if cert_file is not None:
            self._values["cert_file"] = cert_file
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify
        if key_file is not None:
            self._values["key_file"] = key_file
        if key_secret is not None:
            self._values["key_secret"] = key_secret
        if server_name is not None:
            self._values["server_name"] = server_name

    @builtins.property
    def ca(self) -> typing.Optional["VmServiceScrapeSpecEndpointsTlsConfigCa"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfig#ca
        '''
        result = self._values.get("ca")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsTlsConfigCa"], result)

    @builtins.property
    def ca_file(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfig#caFile
        '''
        result = self._values.get("ca_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cert(self) -> typing.Optional["VmServiceScrapeSpecEndpointsTlsConfigCert"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfig#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsTlsConfigCert"], result)

    @builtins.property
    def cert_file(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfig#certFile
        '''
        result = self._values.get("cert_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfig#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def key_file(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfig#keyFile
        '''
        result = self._values.get("key_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key_secret(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsTlsConfigKeySecret"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfig#keySecret
        '''
        result = self._values.get("key_secret")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsTlsConfigKeySecret"], result)

    @builtins.property
    def server_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfig#serverName
        '''
        result = self._values.get("server_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsTlsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsTlsConfigCa",
    jsii_struct_bases=[],
    name_mapping={"config_map": "configMap", "secret": "secret"},
)
class VmServiceScrapeSpecEndpointsTlsConfigCa:
    def __init__(
        self,
        *,
        config_map: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsTlsConfigCaConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        secret: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsTlsConfigCaSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map: 
        :param secret: 

        :schema: VmServiceScrapeSpecEndpointsTlsConfigCa
        '''
        if isinstance(config_map, dict):
            config_map = VmServiceScrapeSpecEndpointsTlsConfigCaConfigMap(**config_map)
        if isinstance(secret, dict):
            secret = VmServiceScrapeSpecEndpointsTlsConfigCaSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3a676bdcd2784640700c1948a018ec51639e61aa25e874d79fa748b4a9513a9e)
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map is not None:
            self._values["config_map"] = config_map
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsTlsConfigCaConfigMap"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfigCa#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsTlsConfigCaConfigMap"], result)

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsTlsConfigCaSecret"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfigCa#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsTlsConfigCaSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsTlsConfigCa(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsTlsConfigCaConfigMap",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class VmServiceScrapeSpecEndpointsTlsConfigCaConfigMap:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: VmServiceScrapeSpecEndpointsTlsConfigCaConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f99ad856c312974da9c717ef44b4e9c87ea698ac562d82a3358ba2c1d63de1f4)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfigCaConfigMap#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfigCaConfigMap#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfigCaConfigMap#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsTlsConfigCaConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsTlsConfigCaSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class VmServiceScrapeSpecEndpointsTlsConfigCaSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: VmServiceScrapeSpecEndpointsTlsConfigCaSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f5dbb72e441400eddb016431401b3319f6cb6e498317b5e34672de8ce549bf7a)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfigCaSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfigCaSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfigCaSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsTlsConfigCaSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsTlsConfigCert",
    jsii_struct_bases=[],
    name_mapping={"config_map": "configMap", "secret": "secret"},
)
class VmServiceScrapeSpecEndpointsTlsConfigCert:
    def __init__(
        self,
        *,
        config_map: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsTlsConfigCertConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        secret: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsTlsConfigCertSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map: 
        :param secret: 

        :schema: VmServiceScrapeSpecEndpointsTlsConfigCert
        '''
        if isinstance(config_map, dict):
            config_map = VmServiceScrapeSpecEndpointsTlsConfigCertConfigMap(**config_map)
        if isinstance(secret, dict):
            secret = VmServiceScrapeSpecEndpointsTlsConfigCertSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e865612b7487672c64a7627ffbb856ba83dab1986971222c545b4f0a27a598a5)
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map is not None:
            self._values["config_map"] = config_map
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsTlsConfigCertConfigMap"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfigCert#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsTlsConfigCertConfigMap"], result)

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsTlsConfigCertSecret"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfigCert#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsTlsConfigCertSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsTlsConfigCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsTlsConfigCertConfigMap",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class VmServiceScrapeSpecEndpointsTlsConfigCertConfigMap:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: VmServiceScrapeSpecEndpointsTlsConfigCertConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__88284f9662e5c9c443fbf48fbddf29cdf4c1d50d91d94a293992fbd2a150c451)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfigCertConfigMap#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfigCertConfigMap#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfigCertConfigMap#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsTlsConfigCertConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsTlsConfigCertSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class VmServiceScrapeSpecEndpointsTlsConfigCertSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: VmServiceScrapeSpecEndpointsTlsConfigCertSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1539616f2ec73127536be0c0dfc006cf3a397a20e6dbb94e6952331d643d9048)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfigCertSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfigCertSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfigCertSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsTlsConfigCertSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsTlsConfigKeySecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class VmServiceScrapeSpecEndpointsTlsConfigKeySecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: VmServiceScrapeSpecEndpointsTlsConfigKeySecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c188576c8233d1f412e3aa101b7b6d17600485a8324ba0a8a57010c3df0d6d27)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfigKeySecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfigKeySecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsTlsConfigKeySecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsTlsConfigKeySecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsVmScrapeParams",
    jsii_struct_bases=[],
    name_mapping={
        "disable_compression": "disableCompression",
        "disable_keep_alive": "disableKeepAlive",
        "headers": "headers",
        "no_stale_markers": "noStaleMarkers",
        "proxy_client_config": "proxyClientConfig",
        "scrape_align_interval": "scrapeAlignInterval",
        "scrape_offset": "scrapeOffset",
        "stream_parse": "streamParse",
    },
)
class VmServiceScrapeSpecEndpointsVmScrapeParams:
    def __init__(
        self,
        *,
        disable_compression: typing.Optional[builtins.bool] = None,
        disable_keep_alive: typing.Optional[builtins.bool] = None,
        headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        no_stale_markers: typing.Optional[builtins.bool] = None,
        proxy_client_config: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        scrape_align_interval: typing.Optional[builtins.str] = None,
        scrape_offset: typing.Optional[builtins.str] = None,
        stream_parse: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param disable_compression: 
        :param disable_keep_alive: 
        :param headers: 
        :param no_stale_markers: 
        :param proxy_client_config: 
        :param scrape_align_interval: 
        :param scrape_offset: 
        :param stream_parse: 

        :schema: VmServiceScrapeSpecEndpointsVmScrapeParams
        '''
        if isinstance(proxy_client_config, dict):
            proxy_client_config = VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfig(**proxy_client_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__375a3e5835f8514f6e66d4d8c267cfaf518af42e3f1da069d4c533c59aa00cc8)
            check_type(argname="argument disable_compression", value=disable_compression, expected_type=type_hints["disable_compression"])
            check_type(argname="argument disable_keep_alive", value=disable_keep_alive, expected_type=type_hints["disable_keep_alive"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument no_stale_markers", value=no_stale_markers, expected_type=type_hints["no_stale_markers"])
            check_type(argname="argument proxy_client_config", value=proxy_client_config, expected_type=type_hints["proxy_client_config"])
            check_type(argname="argument scrape_align_interval", value=scrape_align_interval, expected_type=type_hints["scrape_align_interval"])
            check_type(argname="argument scrape_offset", value=scrape_offset, expected_type=type_hints["scrape_offset"])
            check_type(argname="argument stream_parse", value=stream_parse, expected_type=type_hints["stream_parse"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if disable_compression is not None:
            self._values["disable_compression"] = disable_compression
        if disable_keep_alive is not None:
            self._values["disable_keep_alive"] = disable_keep_alive
        if headers is not None:
            self._values["headers"] = headers
        if no_stale_markers is not None:
            self._values["no_stale_markers"] = no_stale_markers
        if proxy_client_config is not None:
            self._values["proxy_client_config"] = proxy_client_config
        if scrape_align_interval is not None:
            self._values["scrape_align_interval"] = scrape_align_interval
        if scrape_offset is not None:
            self._values["scrape_offset"] = scrape_offset
        if stream_parse is not None:
            self._values["stream_parse"] = stream_parse

    @builtins.property
    def disable_compression(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParams#disable_compression
        '''
        result = self._values.get("disable_compression")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def disable_keep_alive(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParams#disable_keep_alive
        '''
        result = self._values.get("disable_keep_alive")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParams#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def no_stale_markers(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParams#no_stale_markers
        '''
        result = self._values.get("no_stale_markers")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def proxy_client_config(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfig"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParams#proxy_client_config
        '''
        result = self._values.get("proxy_client_config")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfig"], result)

    @builtins.property
    def scrape_align_interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParams#scrape_align_interval
        '''
        result = self._values.get("scrape_align_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scrape_offset(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParams#scrape_offset
        '''
        result = self._values.get("scrape_offset")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def stream_parse(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParams#stream_parse
        '''
        result = self._values.get("stream_parse")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsVmScrapeParams(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfig",
    jsii_struct_bases=[],
    name_mapping={
        "authorization": "authorization",
        "basic_auth": "basicAuth",
        "bearer_token": "bearerToken",
        "bearer_token_file": "bearerTokenFile",
        "oauth2": "oauth2",
        "tls_config": "tlsConfig",
    },
)
class VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfig:
    def __init__(
        self,
        *,
        authorization: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorization", typing.Dict[builtins.str, typing.Any]]] = None,
        basic_auth: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        bearer_token: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBearerToken", typing.Dict[builtins.str, typing.Any]]] = None,
        bearer_token_file: typing.Optional[builtins.str] = None,
        oauth2: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2", typing.Dict[builtins.str, typing.Any]]] = None,
        tls_config: typing.Any = None,
    ) -> None:
        '''
        :param authorization: 
        :param basic_auth: 
        :param bearer_token: 
        :param bearer_token_file: 
        :param oauth2: 
        :param tls_config: 

        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfig
        '''
        if isinstance(authorization, dict):
            authorization = VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorization(**authorization)
        if isinstance(basic_auth, dict):
            basic_auth = VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuth(**basic_auth)
        if isinstance(bearer_token, dict):
            bearer_token = VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBearerToken(**bearer_token)
        if isinstance(oauth2, dict):
            oauth2 = VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2(**oauth2)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3d50989e2b2ba27516cca736052473c4f2bab03f1e9d0dc51e3ef58ad113a8a4)
            check_type(argname="argument authorization", value=authorization, expected_type=type_hints["authorization"])
            check_type(argname="argument basic_auth", value=basic_auth, expected_type=type_hints["basic_auth"])
            check_type(argname="argument bearer_token", value=bearer_token, expected_type=type_hints["bearer_token"])
            check_type(argname="argument bearer_token_file", value=bearer_token_file, expected_type=type_hints["bearer_token_file"])
            check_type(argname="argument oauth2", value=oauth2, expected_type=type_hints["oauth2"])
            check_type(argname="argument tls_config", value=tls_config, expected_type=type_hints["tls_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authorization is not None:
            self._values["authorization"] = authorization
        if basic_auth is not None:
            self._values["basic_auth"] = basic_auth
        if bearer_token is not None:
            self._values["bearer_token"] = bearer_token
        if bearer_token_file is not None:
            self._values["bearer_token_file"] = bearer_token_file
        if oauth2 is not None:
            self._values["oauth2"] = oauth2
        if tls_config is not None:
            self._values["tls_config"] = tls_config

    @builtins.property
    def authorization(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorization"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfig#authorization
        '''
        result = self._values.get("authorization")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorization"], result)

    @builtins.property
    def basic_auth(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuth"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfig#basic_auth
        '''
        result = self._values.get("basic_auth")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuth"], result)

    @builtins.property
    def bearer_token(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBearerToken"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfig#bearer_token
        '''
        result = self._values.get("bearer_token")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBearerToken"], result)

    @builtins.property
    def bearer_token_file(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfig#bearer_token_file
        '''
        result = self._values.get("bearer_token_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def oauth2(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfig#oauth2
        '''
        result = self._values.get("oauth2")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2"], result)

    @builtins.property
    def tls_config(self) -> typing.Any:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfig#tls_config
        '''
        result = self._values.get("tls_config")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorization",
    jsii_struct_bases=[],
    name_mapping={
        "credentials": "credentials",
        "credentials_file": "credentialsFile",
        "type": "type",
    },
)
class VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorization:
    def __init__(
        self,
        *,
        credentials: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorizationCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        credentials_file: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param credentials: 
        :param credentials_file: 
        :param type: 

        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorization
        '''
        if isinstance(credentials, dict):
            credentials = VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorizationCredentials(**credentials)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d4ea33fe72ff7c5604eebff545f92f7bb635325c0992fa41023feddc7f4c73b8)
            check_type(argname="argument credentials", value=credentials, expected_type=type_hints["credentials"])
            check_type(argname="argument credentials_file", value=credentials_file, expected_type=type_hints["credentials_file"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if credentials is not None:
            self._values["credentials"] = credentials
        if credentials_file is not None:
            self._values["credentials_file"] = credentials_file
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def credentials(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorizationCredentials"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorization#credentials
        '''
        result = self._values.get("credentials")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorizationCredentials"], result)

    @builtins.property
    def credentials_file(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorization#credentialsFile
        '''
        result = self._values.get("credentials_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorization#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorization(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorizationCredentials",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorizationCredentials:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorizationCredentials
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ce2310074127bb2c512c553ebf513b3de64a732aac96b374b40adf167cf23651)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorizationCredentials#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorizationCredentials#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorizationCredentials#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorizationCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuth",
    jsii_struct_bases=[],
    name_mapping={
        "password": "password",
        "password_file": "passwordFile",
        "username": "username",
    },
)
class VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuth:
    def __init__(
        self,
        *,
        password: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthPassword", typing.Dict[builtins.str, typing.Any]]] = None,
        password_file: typing.Optional[builtins.str] = None,
        username: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthUsername", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param password: 
        :param password_file: 
        :param username: 

        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuth
        '''
        if isinstance(password, dict):
            password = VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthPassword(**password)
        if isinstance(username, dict):
            username = VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthUsername(**username)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4f68805817305ad9d87de6bbd5a859fa6b307d2a9b122545c60d083364af7477)
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument password_file", value=password_file, expected_type=type_hints["password_file"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if password is not None:
            self._values["password"] = password
        if password_file is not None:
            self._values["password_file"] = password_file
        if username is not None:
            self._values["username"] = username

    @builtins.property
    def password(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthPassword"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuth#password
        '''
        result = self._values.get("password")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthPassword"], result)

    @builtins.property
    def password_file(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuth#password_file
        '''
        result = self._values.get("password_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def username(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthUsername"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuth#username
        '''
        result = self._values.get("username")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthUsername"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthPassword",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthPassword:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthPassword
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ee60139cd69ed6570ed6fec64e39a8c16de689062b0dc06427c672111ea616f6)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthPassword#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthPassword#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthPassword#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthPassword(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthUsername",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthUsername:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthUsername
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5ffa029bc916a6d12f9bebca8d7ec744b756a92c9f67f431ff8242494f493b89)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthUsername#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthUsername#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthUsername#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthUsername(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBearerToken",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBearerToken:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBearerToken
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__df28965d841e44ddc8b03d0353e62035546215355e8a228726f8f1505d2fdded)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBearerToken#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBearerToken#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBearerToken#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBearerToken(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2",
    jsii_struct_bases=[],
    name_mapping={
        "client_id": "clientId",
        "token_url": "tokenUrl",
        "client_secret": "clientSecret",
        "client_secret_file": "clientSecretFile",
        "endpoint_params": "endpointParams",
        "proxy_url": "proxyUrl",
        "scopes": "scopes",
        "tls_config": "tlsConfig",
    },
)
class VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2:
    def __init__(
        self,
        *,
        client_id: typing.Union["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientId", typing.Dict[builtins.str, typing.Any]],
        token_url: builtins.str,
        client_secret: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        client_secret_file: typing.Optional[builtins.str] = None,
        endpoint_params: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        proxy_url: typing.Optional[builtins.str] = None,
        scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        tls_config: typing.Any = None,
    ) -> None:
        '''
        :param client_id: 
        :param token_url: 
        :param client_secret: 
        :param client_secret_file: 
        :param endpoint_params: 
        :param proxy_url: 
        :param scopes: 
        :param tls_config: 

        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2
        '''
        if isinstance(client_id, dict):
            client_id = VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientId(**client_id)
        if isinstance(client_secret, dict):
            client_secret = VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientSecret(**client_secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86226f37928b7c4a2c669cd231b6ddd2bf6d99ea9c6526664cb03405ed306bda)
            check_type(argname="argument client_id", value=client_id, expected_type=type_hints["client_id"])
            check_type(argname="argument token_url", value=token_url, expected_type=type_hints["token_url"])
            check_type(argname="argument client_secret", value=client_secret, expected_type=type_hints["client_secret"])
            check_type(argname="argument client_secret_file", value=client_secret_file, expected_type=type_hints["client_secret_file"])
            check_type(argname="argument endpoint_params", value=endpoint_params, expected_type=type_hints["endpoint_params"])
            check_type(argname="argument proxy_url", value=proxy_url, expected_type=type_hints["proxy_url"])
            check_type(argname="argument scopes", value=scopes, expected_type=type_hints["scopes"])
            check_type(argname="argument tls_config", value=tls_config, expected_type=type_hints["tls_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "client_id": client_id,
            "token_url": token_url,
        }
        if client_secret is not None:
            self._values["client_secret"] = client_secret
        if client_secret_file is not None:
            self._values["client_secret_file"] = client_secret_file
        if endpoint_params is not None:
            self._values["endpoint_params"] = endpoint_params
        if proxy_url is not None:
            self._values["proxy_url"] = proxy_url
        if scopes is not None:
            self._values["scopes"] = scopes
        if tls_config is not None:
            self._values["tls_config"] = tls_config

    @builtins.property
    def client_id(
        self,
    ) -> "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientId":
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2#client_id
        '''
        result = self._values.get("client_id")
        assert result is not None, "Required property 'client_id' is missing"
        return typing.cast("VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientId", result)

    @builtins.property
    def token_url(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2#token_url
        '''
        result = self._values.get("token_url")
        assert result is not None, "Required property 'token_url' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def client_secret(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientSecret"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2#client_secret
        '''
        result = self._values.get("client_secret")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientSecret"], result)

    @builtins.property
    def client_secret_file(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2#client_secret_file
        '''
        result = self._values.get("client_secret_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def endpoint_params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2#endpoint_params
        '''
        result = self._values.get("endpoint_params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def proxy_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2#proxy_url
        '''
        result = self._values.get("proxy_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2#scopes
        '''
        result = self._values.get("scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tls_config(self) -> typing.Any:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2#tls_config
        '''
        result = self._values.get("tls_config")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientId",
    jsii_struct_bases=[],
    name_mapping={"config_map": "configMap", "secret": "secret"},
)
class VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientId:
    def __init__(
        self,
        *,
        config_map: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        secret: typing.Optional[typing.Union["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map: 
        :param secret: 

        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientId
        '''
        if isinstance(config_map, dict):
            config_map = VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdConfigMap(**config_map)
        if isinstance(secret, dict):
            secret = VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__48ea49927c263f220f212b2f07031ded79576bebf849760a3e9bf1369a83731d)
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map is not None:
            self._values["config_map"] = config_map
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdConfigMap"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientId#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdConfigMap"], result)

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdSecret"]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientId#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientId(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdConfigMap",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdConfigMap:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6caf01265f3c201267d4e4ba0dec30db503458e67f500d70b6804c7c604c8cb5)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdConfigMap#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdConfigMap#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdConfigMap#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__17d071033fb1fe356b09e4ebbad63e6eea3784a17ba26fbfea5c4312b8be914c)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ee946ef7c2c4de34b7dc6e24b774518eab3e19b56f4145921cefc5cf89cd3af4)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={"any": "any", "match_names": "matchNames"},
)
class VmServiceScrapeSpecNamespaceSelector:
    def __init__(
        self,
        *,
        any: typing.Optional[builtins.bool] = None,
        match_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param any: 
        :param match_names: 

        :schema: VmServiceScrapeSpecNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d223a0f0adecdf4fd658e143f704c2288e699c61e7fbd13f01eccd568e295178)
            check_type(argname="argument any", value=any, expected_type=type_hints["any"])
            check_type(argname="argument match_names", value=match_names, expected_type=type_hints["match_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if any is not None:
            self._values["any"] = any
        if match_names is not None:
            self._values["match_names"] = match_names

    @builtins.property
    def any(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: VmServiceScrapeSpecNamespaceSelector#any
        '''
        result = self._values.get("any")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def match_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VmServiceScrapeSpecNamespaceSelector#matchNames
        '''
        result = self._values.get("match_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class VmServiceScrapeSpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["VmServiceScrapeSpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: VmServiceScrapeSpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a83090aefe7a590d7c30dd9056cbcb1ff18575a7436ccba41dbf035ad7a1c8fc)
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
    ) -> typing.Optional[typing.List["VmServiceScrapeSpecSelectorMatchExpressions"]]:
        '''
        :schema: VmServiceScrapeSpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["VmServiceScrapeSpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VmServiceScrapeSpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="victoriametrics_vmservicescrape_comvictoriametricsoperator.VmServiceScrapeSpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class VmServiceScrapeSpecSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: VmServiceScrapeSpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__005078052222885a7233b5fa7eb0c02b74bdd45ac28142808fde022093da14f1)
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
        '''
        :schema: VmServiceScrapeSpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: VmServiceScrapeSpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VmServiceScrapeSpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VmServiceScrapeSpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "VmServiceScrape",
    "VmServiceScrapeProps",
    "VmServiceScrapeSpec",
    "VmServiceScrapeSpecAttachMetadata",
    "VmServiceScrapeSpecDiscoveryRole",
    "VmServiceScrapeSpecEndpoints",
    "VmServiceScrapeSpecEndpointsAttachMetadata",
    "VmServiceScrapeSpecEndpointsAuthorization",
    "VmServiceScrapeSpecEndpointsAuthorizationCredentials",
    "VmServiceScrapeSpecEndpointsBasicAuth",
    "VmServiceScrapeSpecEndpointsBasicAuthPassword",
    "VmServiceScrapeSpecEndpointsBasicAuthUsername",
    "VmServiceScrapeSpecEndpointsBearerTokenSecret",
    "VmServiceScrapeSpecEndpointsMetricRelabelConfigs",
    "VmServiceScrapeSpecEndpointsOauth2",
    "VmServiceScrapeSpecEndpointsOauth2ClientId",
    "VmServiceScrapeSpecEndpointsOauth2ClientIdConfigMap",
    "VmServiceScrapeSpecEndpointsOauth2ClientIdSecret",
    "VmServiceScrapeSpecEndpointsOauth2ClientSecret",
    "VmServiceScrapeSpecEndpointsRelabelConfigs",
    "VmServiceScrapeSpecEndpointsScheme",
    "VmServiceScrapeSpecEndpointsTargetPort",
    "VmServiceScrapeSpecEndpointsTlsConfig",
    "VmServiceScrapeSpecEndpointsTlsConfigCa",
    "VmServiceScrapeSpecEndpointsTlsConfigCaConfigMap",
    "VmServiceScrapeSpecEndpointsTlsConfigCaSecret",
    "VmServiceScrapeSpecEndpointsTlsConfigCert",
    "VmServiceScrapeSpecEndpointsTlsConfigCertConfigMap",
    "VmServiceScrapeSpecEndpointsTlsConfigCertSecret",
    "VmServiceScrapeSpecEndpointsTlsConfigKeySecret",
    "VmServiceScrapeSpecEndpointsVmScrapeParams",
    "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfig",
    "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorization",
    "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorizationCredentials",
    "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuth",
    "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthPassword",
    "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthUsername",
    "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBearerToken",
    "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2",
    "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientId",
    "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdConfigMap",
    "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdSecret",
    "VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientSecret",
    "VmServiceScrapeSpecNamespaceSelector",
    "VmServiceScrapeSpecSelector",
    "VmServiceScrapeSpecSelectorMatchExpressions",
]

publication.publish()

def _typecheckingstub__5f94acb0a7ed846b4b85827066ced7e9c311aeafdeff64073ecd299ab64e24d6(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[VmServiceScrapeSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9499891e9505096401b30e2ab723cdf471fece80ed08ddeb9c6491cfe626435b(
    *,
    spec: typing.Union[VmServiceScrapeSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b6089d660805d6fbfbf3cd2bded8a5d519048ad8b9eb8eb9789548706867b3b5(
    *,
    endpoints: typing.Sequence[typing.Union[VmServiceScrapeSpecEndpoints, typing.Dict[builtins.str, typing.Any]]],
    attach_metadata: typing.Optional[typing.Union[VmServiceScrapeSpecAttachMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    discovery_role: typing.Optional[VmServiceScrapeSpecDiscoveryRole] = None,
    job_label: typing.Optional[builtins.str] = None,
    namespace_selector: typing.Optional[typing.Union[VmServiceScrapeSpecNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    pod_target_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
    sample_limit: typing.Optional[jsii.Number] = None,
    scrape_class: typing.Optional[builtins.str] = None,
    selector: typing.Optional[typing.Union[VmServiceScrapeSpecSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    series_limit: typing.Optional[jsii.Number] = None,
    target_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cde4ee0d7237eafdb57d26040c7863b3869253363fa783ee679221709cfe8678(
    *,
    namespace: typing.Optional[builtins.bool] = None,
    node: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bfaffc90319dd1f91ee87256d6911432f37281f9fdfbbbc6d381403a05482616(
    *,
    attach_metadata: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsAttachMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    authorization: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsAuthorization, typing.Dict[builtins.str, typing.Any]]] = None,
    basic_auth: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsBasicAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    bearer_token_file: typing.Optional[builtins.str] = None,
    bearer_token_secret: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsBearerTokenSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    follow_redirects: typing.Optional[builtins.bool] = None,
    honor_labels: typing.Optional[builtins.bool] = None,
    honor_timestamps: typing.Optional[builtins.bool] = None,
    interval: typing.Optional[builtins.str] = None,
    max_scrape_size: typing.Optional[builtins.str] = None,
    metric_relabel_configs: typing.Optional[typing.Sequence[typing.Union[VmServiceScrapeSpecEndpointsMetricRelabelConfigs, typing.Dict[builtins.str, typing.Any]]]] = None,
    oauth2: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsOauth2, typing.Dict[builtins.str, typing.Any]]] = None,
    params: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
    path: typing.Optional[builtins.str] = None,
    port: typing.Optional[builtins.str] = None,
    proxy_url: typing.Optional[builtins.str] = None,
    relabel_configs: typing.Optional[typing.Sequence[typing.Union[VmServiceScrapeSpecEndpointsRelabelConfigs, typing.Dict[builtins.str, typing.Any]]]] = None,
    sample_limit: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[VmServiceScrapeSpecEndpointsScheme] = None,
    scrape_interval: typing.Optional[builtins.str] = None,
    scrape_timeout: typing.Optional[builtins.str] = None,
    series_limit: typing.Optional[jsii.Number] = None,
    target_port: typing.Optional[VmServiceScrapeSpecEndpointsTargetPort] = None,
    tls_config: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsTlsConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    vm_scrape_params: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsVmScrapeParams, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a16ca179b087bfe57dd88bfb738cb3b945f36756829abca356f02f0bc05ee80(
    *,
    namespace: typing.Optional[builtins.bool] = None,
    node: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a5f6951fd55f3796b6fa060fbca8ccc468a3e03c8055980fbfbd48620e50aa9(
    *,
    credentials: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsAuthorizationCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    credentials_file: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__73b40d91a30289e9386f2541badef7e62fd97f46cf4a1d9ea493f45e7930d175(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7dcb5300d6593222f5d7d11b9d17702b659b2848e3b5d52c39b682f64d3b934f(
    *,
    password: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsBasicAuthPassword, typing.Dict[builtins.str, typing.Any]]] = None,
    password_file: typing.Optional[builtins.str] = None,
    username: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsBasicAuthUsername, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7358b84101e5c7c7b0b974a1a02fab2fdd766dc60899d89ab9aaab6034a7ea8(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__960c276d9653f24738bc01e46c87dc59e6154e30c8f68bd69baa93f4ff3dac1a(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e393b5f350034a9ae32a92ac033346dabbe34476ec0d3fe669942c6e0cddecde(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0823e5e8f3e40ed154dd6ec70bc2c5a07ff73a90087831ca8e20c4a3a6aaba76(
    *,
    action: typing.Optional[builtins.str] = None,
    if_: typing.Any = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    match: typing.Optional[builtins.str] = None,
    modulus: typing.Optional[jsii.Number] = None,
    regex: typing.Any = None,
    replacement: typing.Optional[builtins.str] = None,
    separator: typing.Optional[builtins.str] = None,
    source_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
    target_label: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c08edae950b73ad0d28e507e3204785263b92b1b1471cbfd3d706654b608ddb0(
    *,
    client_id: typing.Union[VmServiceScrapeSpecEndpointsOauth2ClientId, typing.Dict[builtins.str, typing.Any]],
    token_url: builtins.str,
    client_secret: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsOauth2ClientSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    client_secret_file: typing.Optional[builtins.str] = None,
    endpoint_params: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    proxy_url: typing.Optional[builtins.str] = None,
    scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    tls_config: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f58ba87bcd18fb69dcc8a2bb2b6878db83cf15e8ab42d98e48fe4b47b594f1d8(
    *,
    config_map: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsOauth2ClientIdConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    secret: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsOauth2ClientIdSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0582374f3397a9b261acdacd20eecc0906c01e0af83d2e25412ab3f42ef3b2a4(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65aee3d65d8bc0fbc235bf3ce4f221586c435e0e2d252cdbc4e8f7e61b4a98d9(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bdc3c3f8fe5466f66b2ebf2b6bf654cfdc08468c11a49e0c0580d87041bf103f(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bfd4a21c51e4e18459772154f5ef07580c851203d68045d5886b26f60d442147(
    *,
    action: typing.Optional[builtins.str] = None,
    if_: typing.Any = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    match: typing.Optional[builtins.str] = None,
    modulus: typing.Optional[jsii.Number] = None,
    regex: typing.Any = None,
    replacement: typing.Optional[builtins.str] = None,
    separator: typing.Optional[builtins.str] = None,
    source_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
    target_label: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__57dc231fc72c24ccca4e4af05e1a2ef85b91aca10de6f6d57a3be86fd9ee85bd(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cbf6ddce082fac1fd200f7215d0db8075cd4ea52bc33c37dbb37ede609b31cf5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__10eae24e368cf402d8cbdf163a2e0623ea5c7f78c8c4ac8ac7ce8004689ebf0b(
    *,
    ca: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsTlsConfigCa, typing.Dict[builtins.str, typing.Any]]] = None,
    ca_file: typing.Optional[builtins.str] = None,
    cert: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsTlsConfigCert, typing.Dict[builtins.str, typing.Any]]] = None,
    cert_file: typing.Optional[builtins.str] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    key_file: typing.Optional[builtins.str] = None,
    key_secret: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsTlsConfigKeySecret, typing.Dict[builtins.str, typing.Any]]] = None,
    server_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a676bdcd2784640700c1948a018ec51639e61aa25e874d79fa748b4a9513a9e(
    *,
    config_map: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsTlsConfigCaConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    secret: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsTlsConfigCaSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f99ad856c312974da9c717ef44b4e9c87ea698ac562d82a3358ba2c1d63de1f4(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f5dbb72e441400eddb016431401b3319f6cb6e498317b5e34672de8ce549bf7a(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e865612b7487672c64a7627ffbb856ba83dab1986971222c545b4f0a27a598a5(
    *,
    config_map: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsTlsConfigCertConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    secret: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsTlsConfigCertSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__88284f9662e5c9c443fbf48fbddf29cdf4c1d50d91d94a293992fbd2a150c451(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1539616f2ec73127536be0c0dfc006cf3a397a20e6dbb94e6952331d643d9048(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c188576c8233d1f412e3aa101b7b6d17600485a8324ba0a8a57010c3df0d6d27(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__375a3e5835f8514f6e66d4d8c267cfaf518af42e3f1da069d4c533c59aa00cc8(
    *,
    disable_compression: typing.Optional[builtins.bool] = None,
    disable_keep_alive: typing.Optional[builtins.bool] = None,
    headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    no_stale_markers: typing.Optional[builtins.bool] = None,
    proxy_client_config: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    scrape_align_interval: typing.Optional[builtins.str] = None,
    scrape_offset: typing.Optional[builtins.str] = None,
    stream_parse: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3d50989e2b2ba27516cca736052473c4f2bab03f1e9d0dc51e3ef58ad113a8a4(
    *,
    authorization: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorization, typing.Dict[builtins.str, typing.Any]]] = None,
    basic_auth: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    bearer_token: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBearerToken, typing.Dict[builtins.str, typing.Any]]] = None,
    bearer_token_file: typing.Optional[builtins.str] = None,
    oauth2: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2, typing.Dict[builtins.str, typing.Any]]] = None,
    tls_config: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d4ea33fe72ff7c5604eebff545f92f7bb635325c0992fa41023feddc7f4c73b8(
    *,
    credentials: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigAuthorizationCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    credentials_file: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce2310074127bb2c512c553ebf513b3de64a732aac96b374b40adf167cf23651(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f68805817305ad9d87de6bbd5a859fa6b307d2a9b122545c60d083364af7477(
    *,
    password: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthPassword, typing.Dict[builtins.str, typing.Any]]] = None,
    password_file: typing.Optional[builtins.str] = None,
    username: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigBasicAuthUsername, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee60139cd69ed6570ed6fec64e39a8c16de689062b0dc06427c672111ea616f6(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ffa029bc916a6d12f9bebca8d7ec744b756a92c9f67f431ff8242494f493b89(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df28965d841e44ddc8b03d0353e62035546215355e8a228726f8f1505d2fdded(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86226f37928b7c4a2c669cd231b6ddd2bf6d99ea9c6526664cb03405ed306bda(
    *,
    client_id: typing.Union[VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientId, typing.Dict[builtins.str, typing.Any]],
    token_url: builtins.str,
    client_secret: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    client_secret_file: typing.Optional[builtins.str] = None,
    endpoint_params: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    proxy_url: typing.Optional[builtins.str] = None,
    scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    tls_config: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__48ea49927c263f220f212b2f07031ded79576bebf849760a3e9bf1369a83731d(
    *,
    config_map: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    secret: typing.Optional[typing.Union[VmServiceScrapeSpecEndpointsVmScrapeParamsProxyClientConfigOauth2ClientIdSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6caf01265f3c201267d4e4ba0dec30db503458e67f500d70b6804c7c604c8cb5(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__17d071033fb1fe356b09e4ebbad63e6eea3784a17ba26fbfea5c4312b8be914c(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee946ef7c2c4de34b7dc6e24b774518eab3e19b56f4145921cefc5cf89cd3af4(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d223a0f0adecdf4fd658e143f704c2288e699c61e7fbd13f01eccd568e295178(
    *,
    any: typing.Optional[builtins.bool] = None,
    match_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a83090aefe7a590d7c30dd9056cbcb1ff18575a7436ccba41dbf035ad7a1c8fc(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[VmServiceScrapeSpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__005078052222885a7233b5fa7eb0c02b74bdd45ac28142808fde022093da14f1(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass
