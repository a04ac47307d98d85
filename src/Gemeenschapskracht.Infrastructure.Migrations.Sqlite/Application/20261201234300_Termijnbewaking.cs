using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.Sqlite.Application
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HerinneringDagenVooraf",
                table: "Wijkbeelden",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "GemeldeSignaleringen",
                table: "Beleidskaders",
                type: "TEXT",
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
