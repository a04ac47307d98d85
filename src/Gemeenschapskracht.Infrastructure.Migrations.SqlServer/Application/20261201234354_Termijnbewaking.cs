using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.SqlServer.Application
{
    /// <inheritdoc />
    public partial class Termijnbewaking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Cijferjaar",
                table: "Wijkbeelden",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HerinneringDagenVooraf",
                table: "Wijkbeelden",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "GemeldeSignaleringen",
                table: "Beleidskaders",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Cijferjaar",
                table: "Wijkbeelden");

            migrationBuilder.DropColumn(
                name: "HerinneringDagenVooraf",
                table: "Wijkbeelden");

            migrationBuilder.DropColumn(
                name: "GemeldeSignaleringen",
                table: "Beleidskaders");
        }
    }
}
