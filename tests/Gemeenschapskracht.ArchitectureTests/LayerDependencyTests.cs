using System.Reflection;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Gebieden;
using NetArchTest.Rules;

namespace Gemeenschapskracht.ArchitectureTests;

/// <summary>Clean Architecture's dependency rule: inner layers never reference outer layers or the web and data frameworks.</summary>
public sealed class LayerDependencyTests
{
    private static readonly Assembly Domain = typeof(Gebied).Assembly;
    private static readonly Assembly Application = typeof(AuthorizeAttribute).Assembly;

    private static void AssertNoDependency(Assembly assembly, params string[] forbidden)
    {
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful,
            $"{assembly.GetName().Name} depends on a forbidden namespace in: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [InlineData("Gemeenschapskracht.Application")]
    [InlineData("Gemeenschapskracht.Infrastructure")]
    [InlineData("Gemeenschapskracht.Api")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.EntityFrameworkCore")]
    public void Domain_does_not_depend_on(string forbidden) => AssertNoDependency(Domain, forbidden);

    [Theory]
    [InlineData("Gemeenschapskracht.Infrastructure")]
    [InlineData("Gemeenschapskracht.Api")]
    [InlineData("Microsoft.AspNetCore")]
    public void Application_does_not_depend_on(string forbidden) => AssertNoDependency(Application, forbidden);

    [Fact]
    public void The_rule_detects_a_real_dependency()
    {
        // Guards against a vacuous rule: Application does depend on Domain.
        var result = Types.InAssembly(Application).ShouldNot().HaveDependencyOn("Gemeenschapskracht.Domain").GetResult();
        Assert.False(result.IsSuccessful);
    }
}
