using System.Text.RegularExpressions;
using FluentValidation;
using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;

namespace Gemeenschapskracht.ArchitectureTests;

/// <summary>The feature anatomy of docs/adding-a-feature.md, checked so that a new feature cannot drift from it.</summary>
public sealed partial class FeatureConventionTests
{
    private static readonly Type[] ApplicationTypes = typeof(AuthorizeAttribute).Assembly.GetTypes();

    private static IEnumerable<Type> Commands() => ApplicationTypes
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i == typeof(Mediator.ICommand)
            || i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Mediator.ICommand<>)));

    [Fact]
    public void Every_command_has_a_validator_or_says_why_not()
    {
        // A validator may derive from a feature's shared validator (AfspraakVeldenValidator<T>): look up the chain.
        static Type? Validator(Type t)
        {
            for (var b = t.IsAbstract ? null : t.BaseType; b is not null; b = b.BaseType)
                if (b is { IsGenericType: true } && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
                    return b;
            return null;
        }
        var validated = ApplicationTypes
            .Select(Validator)
            .Where(b => b is not null)
            .Select(b => b!.GetGenericArguments()[0])
            .ToHashSet();

        Assert.Contains(Commands(), c => c.Name == "UpdateGebiedCommand");
        var offenders = Commands().Where(c => !validated.Contains(c) && !c.IsDefined(typeof(NoValidatorAttribute), false)).Select(c => c.Name).ToList();
        Assert.True(offenders.Count == 0, $"Commands without a validator and without [NoValidator(reason)]: {string.Join(", ", offenders)}");
        Assert.DoesNotContain(Commands(), c => validated.Contains(c) && c.IsDefined(typeof(NoValidatorAttribute), false));
    }

    [Fact]
    public void Every_use_case_lives_in_its_own_folder_under_Commands_or_Queries()
    {
        var offenders = ApplicationTypes
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Mediator.IMessage).IsAssignableFrom(t))
            .Where(t => !UseCaseNamespace().IsMatch(t.Namespace ?? "") || !t.Namespace!.EndsWith("." + UseCaseName(t), StringComparison.Ordinal))
            .Select(t => $"{t.FullName}")
            .ToList();

        Assert.True(offenders.Count == 0,
            $"Requests outside <Feature>.Commands.<UseCase> or <Feature>.Queries.<UseCase> (the folder named after the request): {string.Join(", ", offenders)}");
    }

    [Fact]
    public void Every_endpoint_group_has_a_kebab_case_route_a_tag_and_a_tenant_scope()
    {
        var groups = EndpointGroupRegistration.Discover();

        Assert.Contains(groups, g => g.Route == "gebieden");
        Assert.All(groups, g =>
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*$", g.Route);
            Assert.False(string.IsNullOrWhiteSpace(g.Tag));
            Assert.True(Enum.IsDefined(g.Tenant));
        });
        Assert.Equal(groups.Count, groups.Select(g => g.Route).Distinct().Count());
    }

    [Fact]
    public void Endpoint_groups_are_sealed_and_have_no_state()
    {
        Assert.All(EndpointGroupRegistration.Discover().Select(g => g.GetType()), t =>
        {
            Assert.True(t.IsSealed, $"{t.Name} is not sealed");
            Assert.Empty(t.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public));
        });
    }

    private static string UseCaseName(Type request) => Regex.Replace(request.Name, "(Command|Query)$", "");

    [GeneratedRegex(@"^Gemeenschapskracht\.Application\.[A-Za-z]+\.(Commands|Queries)\.[A-Za-z]+$")]
    private static partial Regex UseCaseNamespace();
}
